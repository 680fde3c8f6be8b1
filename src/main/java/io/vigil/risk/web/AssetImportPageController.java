package io.vigil.risk.web;

import io.vigil.risk.internal.AssetColumns;
import io.vigil.risk.internal.AssetImporter;
import io.vigil.risk.internal.ImportReport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Upload a file, see the dry run (every bad cell by line and column), then confirm. The checked
 * file waits in the (database-backed) session between the two steps, so the confirmation imports
 * exactly what was checked, on whichever replica serves it; it is checked again before writing.
 */
@Controller
@RequestMapping("/assets/import")
class AssetImportPageController {

    static final String PENDING = AssetImportPageController.class.getName() + ".pending";
    /** Larger files go through the API; the session is no place for them. */
    static final int MAX_SESSION_BYTES = 5 * 1024 * 1024;

    record PendingImport(String filename, byte[] content) implements Serializable {
    }

    private final AssetImporter importer;

    AssetImportPageController(AssetImporter importer) {
        this.importer = importer;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:write')")
    String page(Model model) {
        model.addAttribute("columns", AssetColumns.ALL);
        model.addAttribute("required", AssetColumns.REQUIRED);
        return "risk/asset-import";
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('risk:write')")
    String check(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        session.removeAttribute(PENDING);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "risk.import.page.noFile");
            return page(model);
        }
        if (file.getSize() > MAX_SESSION_BYTES) {
            model.addAttribute("uploadError", "risk.import.page.tooLarge");
            return page(model);
        }
        byte[] content = file.getBytes();
        ImportReport report = importer.importFile(file.getOriginalFilename(), content, true);
        model.addAttribute("report", report);
        model.addAttribute("filename", file.getOriginalFilename());
        if (report.clean() && report.rows() > 0) {
            session.setAttribute(PENDING, new PendingImport(file.getOriginalFilename(), content));
        }
        return page(model);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('risk:write')")
    String confirm(HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
            model.addAttribute("uploadError", "risk.import.page.expired");
            return page(model);
        }
        ImportReport report = importer.importFile(pending.filename(), pending.content(), false);
        session.removeAttribute(PENDING);
        if (!report.clean()) {
            // the directory changed since the dry run (someone took a number): show what is wrong now
            model.addAttribute("report", report);
            model.addAttribute("filename", pending.filename());
            return page(model);
        }
        if (request.getHeader("HX-Request") != null) {
            // htmx follows a redirect inside the swap target; ask it to navigate instead
            RequestContextUtils.getOutputFlashMap(request).put("imported", report.imported());
            RequestContextUtils.saveOutputFlashMap("/assets", request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + "/assets");
            return null;
        }
        redirect.addFlashAttribute("imported", report.imported());
        return "redirect:/assets";
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasAuthority('risk:write')")
    ResponseEntity<byte[]> template() {
        byte[] header = ("\uFEFF" + String.join(",", AssetColumns.ALL) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("assets-template.csv").build().toString())
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(header);
    }
}
