package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTemplateService;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTemplateView;
import java.net.URI;
import java.util.List;
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

@RestController
@Tag(name = "Supplier questionnaire templates")
class QuestionnaireTemplateApiController {

    private final QuestionnaireTemplateService templates;

    QuestionnaireTemplateApiController(QuestionnaireTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/questionnaire-templates")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Every template version, by code, newest version first")
    PageResponse<QuestionnaireTemplateView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(templates.list(PageRequest.of(Math.max(0, page), Math.min(Math.max(size, 1), 100))),
                Function.identity());
    }

    @GetMapping("/api/v1/questionnaire-templates/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One template version with its sections and questions")
    QuestionnaireTemplateView get(@PathVariable UUID id) {
        return templates.get(id);
    }

    @GetMapping("/api/v1/questionnaire-templates/{id}/versions")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Every version of this template's code, newest first")
    List<QuestionnaireTemplateView> versions(@PathVariable UUID id) {
        return templates.versions(templates.get(id).code());
    }

    @PostMapping("/api/v1/questionnaire-templates")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Upload a definition: the code's next DRAFT version (or its open draft replaced)")
    ResponseEntity<QuestionnaireTemplateView> create(@RequestBody String definition) {
        QuestionnaireTemplateView created = templates.saveDraft(definition);
        return ResponseEntity.created(URI.create("/api/v1/questionnaire-templates/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/questionnaire-templates/{id}")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Replace a draft version's definition; a published version is immutable (409)")
    QuestionnaireTemplateView update(@PathVariable UUID id, @RequestBody String definition) {
        return templates.updateDraft(id, definition);
    }

    @PostMapping("/api/v1/questionnaire-templates/{id}/publish")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Publish a draft version (then it can be sent and never changes)")
    QuestionnaireTemplateView publish(@PathVariable UUID id) {
        return templates.publish(id);
    }
}
