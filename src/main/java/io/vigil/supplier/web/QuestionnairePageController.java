package io.vigil.supplier.web;

import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierView;
import io.vigil.supplier.internal.questionnaire.QuestionnaireService;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTemplateService;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTemplateView;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTransitionException;
import io.vigil.supplier.internal.questionnaire.QuestionnaireView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff screens: templates and their versions, a supplier's questionnaires, and the review page. */
@Controller
class QuestionnairePageController {

    private final QuestionnaireTemplateService templates;
    private final QuestionnaireService questionnaires;
    private final SupplierService suppliers;
    private final Clock clock;

    QuestionnairePageController(QuestionnaireTemplateService templates, QuestionnaireService questionnaires,
            SupplierService suppliers, Clock clock) {
        this.templates = templates;
        this.questionnaires = questionnaires;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    @GetMapping("/questionnaire-templates")
    @PreAuthorize("hasAuthority('supplier:read')")
    String templates(Model model) {
        model.addAttribute("templates", templates.list(PageRequest.of(0, 200)).getContent());
        return "supplier/questionnaire/templates";
    }

    @GetMapping("/questionnaire-templates/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String template(@PathVariable UUID id, Model model) {
        QuestionnaireTemplateView template = templates.get(id);
        model.addAttribute("template", template);
        model.addAttribute("versions", templates.versions(template.code()));
        model.addAttribute("json", QuestionnaireJson.pretty(template.definition()));
        return "supplier/questionnaire/template";
    }

    /** A definition uploaded as a file or pasted: the code's next draft version. */
    @PostMapping("/questionnaire-templates")
    @PreAuthorize("hasAuthority('supplier:write')")
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String definition, RedirectAttributes redirect) throws IOException {
        String json = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : definition;
        try {
            QuestionnaireTemplateView draft = templates.saveDraft(json);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/questionnaire-templates/" + draft.id();
        } catch (InvalidSupplierException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/questionnaire-templates";
        }
    }

    @PostMapping("/questionnaire-templates/{id}/publish")
    @PreAuthorize("hasAuthority('supplier:write')")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            templates.publish(id);
            redirect.addFlashAttribute("published", true);
        } catch (VigilException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/questionnaire-templates/" + id;
    }

    @GetMapping("/suppliers/{id}/questionnaires")
    @PreAuthorize("hasAuthority('supplier:read')")
    String ofSupplier(@PathVariable UUID id, Model model) {
        SupplierView supplier = suppliers.get(id);
        model.addAttribute("supplier", supplier);
        model.addAttribute("questionnaires", questionnaires.ofSupplier(id, PageRequest.of(0, 100)).getContent());
        model.addAttribute("canWrite", suppliers.canWrite(supplier.orgUnitId()));
        model.addAttribute("sendable", templates.sendable());
        model.addAttribute("security", questionnaires.latestAcceptedSecurity(id).orElse(null));
        if (!model.containsAttribute("dueDate")) {
            model.addAttribute("dueDate", LocalDate.now(clock).plusDays(30));
        }
        return "supplier/questionnaire/supplier";
    }

    @PostMapping("/suppliers/{id}/questionnaires")
    @PreAuthorize("hasAuthority('supplier:write')")
    String send(@PathVariable UUID id, @RequestParam(required = false) UUID templateId,
            @RequestParam(required = false) LocalDate dueDate, RedirectAttributes redirect) {
        try {
            questionnaires.send(id, templateId, dueDate);
            redirect.addFlashAttribute("sent", true);
        } catch (InvalidSupplierException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("dueDate", dueDate);
        } catch (VigilException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/suppliers/" + id + "/questionnaires";
    }

    @GetMapping("/questionnaires/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String review(@PathVariable UUID id, Model model) {
        QuestionnaireView questionnaire = questionnaires.get(id);
        model.addAttribute("q", questionnaire);
        model.addAttribute("canWrite", questionnaires.canWrite(id));
        return "supplier/questionnaire/review";
    }

    @PostMapping("/questionnaires/{id}/{decision:accept|return}")
    @PreAuthorize("hasAuthority('supplier:write')")
    String decide(@PathVariable UUID id, @PathVariable String decision, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            if ("accept".equals(decision)) {
                questionnaires.accept(id, note, version);
            } else {
                questionnaires.returnForClarification(id, note, version);
            }
            redirect.addFlashAttribute("decided", decision);
        } catch (InvalidSupplierException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (QuestionnaireTransitionException e) {
            redirect.addFlashAttribute("error", "questionnaire.error.illegalTransition");
            redirect.addFlashAttribute("errorArgs", new Object[] {e.from(), e.to(), e.allowed()});
        } catch (VigilException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/questionnaires/" + id;
    }

}
