package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.questionnaire.PortalQuestionnaireView;
import io.vigil.supplier.internal.questionnaire.QuestionnaireFiles;
import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import io.vigil.supplier.internal.questionnaire.QuestionnaireService;
import io.vigil.supplier.internal.questionnaire.QuestionnaireView;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questionnaires sent to suppliers (staff) and answered by them (portal). */
@RestController
@Tag(name = "Supplier questionnaires")
class QuestionnaireApiController {

    record Send(UUID templateId, LocalDate dueDate) {
    }

    record Decision(String note, Long version) {
    }

    /** Answers by question key: a single value (text, number, option) or a list (multiple choice). */
    record Answers(Map<String, Object> answers, Long version) {
    }

    private final QuestionnaireService questionnaires;
    private final QuestionnaireFiles files;

    QuestionnaireApiController(QuestionnaireService questionnaires, QuestionnaireFiles files) {
        this.questionnaires = questionnaires;
        this.files = files;
    }

    @PostMapping("/api/v1/suppliers/{id}/questionnaires")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Send a published template version to the supplier with a due date")
    ResponseEntity<QuestionnaireView> send(@PathVariable UUID id, @RequestBody Send body) {
        QuestionnaireView sent = questionnaires.send(id, body.templateId(), body.dueDate());
        return ResponseEntity.created(URI.create("/api/v1/questionnaires/" + sent.id())).body(sent);
    }

    @GetMapping("/api/v1/suppliers/{id}/questionnaires")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The questionnaires sent to the supplier, newest first")
    PageResponse<QuestionnaireView> ofSupplier(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(questionnaires.ofSupplier(id, PageRequest.of(Math.max(0, page), Math.min(Math.max(size, 1), 100))),
                Function.identity());
    }

    @GetMapping("/api/v1/questionnaires/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One questionnaire with each answer and its points (why this score)")
    QuestionnaireView get(@PathVariable UUID id) {
        return questionnaires.get(id);
    }

    @GetMapping("/api/v1/questionnaires/{id}/answers")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's answers by question key")
    Map<String, List<String>> answers(@PathVariable UUID id) {
        return questionnaires.get(id).answers();
    }

    @PostMapping("/api/v1/questionnaires/{id}/accept")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Accept a submitted questionnaire (409 from any other state)")
    QuestionnaireView accept(@PathVariable UUID id, @RequestBody(required = false) Decision body) {
        return questionnaires.accept(id, body == null ? null : body.note(), body == null ? null : body.version());
    }

    @PostMapping("/api/v1/questionnaires/{id}/return")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Return a submitted questionnaire to the supplier for clarification (note required)")
    QuestionnaireView returnForClarification(@PathVariable UUID id, @RequestBody Decision body) {
        return questionnaires.returnForClarification(id, body.note(), body.version());
    }

    // ---- portal ---------------------------------------------------------------------------------

    @GetMapping("/api/v1/portal/questionnaires")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "The contact's own company's questionnaires")
    List<PortalQuestionnaireView> portalList() {
        return questionnaires.portalList();
    }

    @GetMapping("/api/v1/portal/questionnaires/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "One of the company's questionnaires with its questions and the saved answers")
    PortalQuestionnaireView portalGet(@PathVariable UUID id) {
        return questionnaires.portalGet(id);
    }

    @PutMapping("/api/v1/portal/questionnaires/{id}/answers")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Save a draft of the answers")
    PortalQuestionnaireView portalSave(@PathVariable UUID id, @RequestBody Answers body) {
        return questionnaires.portalSave(id, values(body.answers()), body.version());
    }

    @PostMapping("/api/v1/portal/questionnaires/{id}/submit")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Submit (with these answers, or the saved ones); every required question must be answered")
    PortalQuestionnaireView portalSubmit(@PathVariable UUID id, @RequestBody(required = false) Answers body) {
        return questionnaires.portalSubmit(id, body == null || body.answers() == null ? null : values(body.answers()),
                body == null ? null : body.version());
    }

    @PostMapping(value = "/api/v1/portal/questionnaires/{id}/files", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Upload the file answering a FILE question (multipart field file, parameter question)")
    PortalQuestionnaireView portalUpload(@PathVariable UUID id, @RequestParam String question,
            @RequestParam MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            return files.upload(id, question, file.getOriginalFilename(), file.getContentType(), in);
        }
    }

    /** JSON answers as lists of strings; an object where a value belongs names the question. */
    static Map<String, List<String>> values(Map<String, Object> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (answers == null) {
            return values;
        }
        answers.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (value instanceof List<?> list) {
                if (list.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
                    problems.add(new FieldProblem("answers." + key, "questionnaire.answer.error.shape", key));
                } else {
                    values.put(key, list.stream().filter(v -> v != null).map(QuestionnaireApiController::scalar).toList());
                }
            } else if (value instanceof Map) {
                problems.add(new FieldProblem("answers." + key, "questionnaire.answer.error.shape", key));
            } else {
                values.put(key, List.of(scalar(value)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        return values;
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean b) {
            return b ? "YES" : "NO";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
