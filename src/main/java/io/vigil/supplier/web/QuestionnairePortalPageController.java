package io.vigil.supplier.web;

import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.questionnaire.PortalQuestionnaireView;
import io.vigil.supplier.internal.questionnaire.QuestionnaireService;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTransitionException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.questionnaire.QuestionnaireFiles;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supplier contact's questionnaires in the portal: the list and the answer form. */
@Controller
class QuestionnairePortalPageController {

    static final String ANSWER_PREFIX = "a.";

    static final String FILE_PREFIX = "f.";

    private final QuestionnaireService questionnaires;
    private final QuestionnaireFiles files;

    QuestionnairePortalPageController(QuestionnaireService questionnaires, QuestionnaireFiles files) {
        this.questionnaires = questionnaires;
        this.files = files;
    }

    @GetMapping("/portal/questionnaires")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String list(Model model) {
        model.addAttribute("questionnaires", questionnaires.portalList());
        return "supplier/questionnaire/portal-list";
    }

    /** The list alone, loaded into the portal's home page. */
    @GetMapping("/portal/questionnaires/fragment")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String fragment(Model model) {
        model.addAttribute("questionnaires", questionnaires.portalList());
        return "supplier/questionnaire/portal-list :: list";
    }

    @GetMapping("/portal/questionnaires/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String answerForm(@PathVariable UUID id, Model model) {
        PortalQuestionnaireView q = questionnaires.portalGet(id);
        model.addAttribute("q", q);
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", q.answers());
        }
        return "supplier/questionnaire/portal-answer";
    }

    /** Save a draft ({@code action=save}) or submit ({@code action=submit}); problems are shown next to each question. */
    @PostMapping("/portal/questionnaires/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Long version,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                answers.put(name.substring(ANSWER_PREFIX.length()), values);
            }
        });
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        try {
            if (multipart != null) {
                // files first: each upload becomes that question's saved answer
                for (Map.Entry<String, MultipartFile> part : multipart.getFileMap().entrySet()) {
                    if (part.getKey().startsWith(FILE_PREFIX) && !part.getValue().isEmpty()) {
                        String key = part.getKey().substring(FILE_PREFIX.length());
                        try (var in = part.getValue().getInputStream()) {
                            PortalQuestionnaireView saved = files.upload(id, key, part.getValue().getOriginalFilename(),
                                    part.getValue().getContentType(), in);
                            answers.put(key, saved.answer(key));
                        }
                    }
                }
                version = null;
            }
            if ("submit".equals(action)) {
                questionnaires.portalSubmit(id, answers, version);
                redirect.addFlashAttribute("submitted", true);
            } else {
                questionnaires.portalSave(id, answers, version);
                redirect.addFlashAttribute("saved", true);
            }
            return "redirect:/portal/questionnaires/" + id;
        } catch (InvalidSupplierException e) {
            Map<String, FieldProblem> byQuestion = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                byQuestion.putIfAbsent(p.field().startsWith("answers.") ? p.field().substring(8) : p.field(), p);
            }
            model.addAttribute("problems", byQuestion);
        } catch (QuestionnaireTransitionException e) {
            model.addAttribute("error", "questionnaire.portal.error.closed");
        } catch (VigilException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("error", e.messageKey());
        }
        model.addAttribute("answers", answers);
        return answerForm(id, model);
    }
}
