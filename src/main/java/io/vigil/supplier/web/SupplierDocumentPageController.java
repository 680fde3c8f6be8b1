package io.vigil.supplier.web;

import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierDocumentService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Document forms and downloads: staff on the supplier's documents tab, supplier contacts on
 * {@code /portal/documents}. Errors go back to the form as flash attributes (field → problem) so the
 * page shows them beside the fields with what was typed.
 */
@Controller
class SupplierDocumentPageController {

    private final SupplierDocumentService documents;
    private final MessageSource messages;

    SupplierDocumentPageController(SupplierDocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/suppliers/{id}/documents")
    @PreAuthorize("hasAuthority('supplier:write')")
    String add(@PathVariable UUID id, SupplierDocumentForm form, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            documents.add(id, form.toInput(), SupplierDocumentForm.upload(file));
            redirect.addFlashAttribute("documentSaved", true);
        } catch (InvalidSupplierException | VigilException e) {
            failed(e, form, redirect);
        }
        return "redirect:/suppliers/" + id + "?tab=documents";
    }

    @PostMapping("/suppliers/{id}/documents/{documentId}/verify")
    @PreAuthorize("hasAuthority('supplier:write')")
    String verify(@PathVariable UUID id, @PathVariable UUID documentId,
            @RequestParam(required = false) String from, RedirectAttributes redirect) {
        try {
            documents.verify(id, documentId);
            redirect.addFlashAttribute("documentVerified", true);
        } catch (VigilException e) {
            failed(e, null, redirect);
        }
        return back(id, from);
    }

    @PostMapping("/suppliers/{id}/documents/{documentId}/reject")
    @PreAuthorize("hasAuthority('supplier:write')")
    String reject(@PathVariable UUID id, @PathVariable UUID documentId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        try {
            documents.reject(id, documentId, reason);
            redirect.addFlashAttribute("documentRejected", true);
        } catch (InvalidSupplierException | VigilException e) {
            failed(e, null, redirect);
        }
        return back(id, from);
    }

    /** Every document suppliers uploaded that waits for verification, across the caller's suppliers. */
    @GetMapping("/suppliers/documents/pending")
    @PreAuthorize("hasAuthority('supplier:write')")
    String pending(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("page", documents.waitingForVerification(query.pageable(25, Sort.unsorted(), Set.of())));
        return "supplier/documents-pending";
    }

    /** Verify and reject are offered on the supplier's documents tab and in the queue; go back where they came from. */
    private static String back(UUID supplierId, String from) {
        return "queue".equals(from) ? "redirect:/suppliers/documents/pending"
                : "redirect:/suppliers/" + supplierId + "?tab=documents";
    }

    @GetMapping("/suppliers/{id}/documents/{documentId}/file")
    @PreAuthorize("hasAuthority('supplier:read')")
    void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response)
            throws IOException {
        SupplierDocumentApiController.send(documents, documents.file(id, documentId), response);
    }

    @GetMapping("/portal/documents")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String portal(Model model) {
        model.addAttribute("documents", documents.portalDocuments());
        return "supplier/portal-documents";
    }

    @PostMapping("/portal/documents")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String upload(SupplierDocumentForm form, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            documents.uploadFromPortal(form.toInput(), SupplierDocumentForm.upload(file));
            redirect.addFlashAttribute("documentUploaded", true);
        } catch (InvalidSupplierException | VigilException e) {
            failed(e, form, redirect);
        }
        return "redirect:/portal/documents";
    }

    @GetMapping("/portal/documents/{documentId}/file")
    @PreAuthorize("hasAuthority('supplier:portal')")
    void portalDownload(@PathVariable UUID documentId, HttpServletResponse response) throws IOException {
        SupplierDocumentApiController.send(documents, documents.portalFile(documentId), response);
    }

    /** Messages are resolved here: flash attributes live in the (JDBC) session and must be plain strings. */
    private void failed(RuntimeException e, SupplierDocumentForm form, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidSupplierException invalid) {
            Map<String, String> byField = new LinkedHashMap<>();
            invalid.problems().forEach(p -> byField.putIfAbsent(p.field(),
                    messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)));
            redirect.addFlashAttribute("documentErrors", byField);
        } else if (e instanceof VigilException vigil) {
            if (vigil.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw vigil;
            }
            // a rejected file (empty, too large) belongs beside the file field; the rest above the form
            Map<String, String> byField = new LinkedHashMap<>();
            byField.put(vigil.type().startsWith("file-") ? "file" : "form",
                    messages.getMessage(vigil.messageKey(), vigil.arguments(), vigil.messageKey(), locale));
            redirect.addFlashAttribute("documentErrors", byField);
        }
        if (form != null) {
            redirect.addFlashAttribute("documentForm", form.values());
        }
    }
}
