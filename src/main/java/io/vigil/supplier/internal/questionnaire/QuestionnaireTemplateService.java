package io.vigil.supplier.internal.questionnaire;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaire templates and their versions. A template is reference data shared by every org unit
 * (like the supplier categories). Uploading a definition for a code creates its next DRAFT version (or
 * replaces the open draft); publishing freezes it. Published versions are immutable: changing one is 409.
 */
@Service
@Transactional
public class QuestionnaireTemplateService {

    static final String ENTITY = "SupplierQuestionnaireTemplate";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final QuestionnaireTemplateRepository templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionnaireTemplateService(QuestionnaireTemplateRepository templates, ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<QuestionnaireTemplateView> list(Pageable pageable) {
        return templates.findAllByOrderByCodeAscTemplateVersionDesc(pageable)
                .map(t -> QuestionnaireTemplateView.of(t, null));
    }

    @Transactional(readOnly = true)
    public QuestionnaireTemplateView get(UUID id) {
        QuestionnaireTemplate t = find(id);
        return QuestionnaireTemplateView.of(t, parseStored(t));
    }

    /** Every version of the template's code, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireTemplateView> versions(String code) {
        return templates.findByCodeOrderByTemplateVersionDesc(code).stream()
                .map(t -> QuestionnaireTemplateView.of(t, null)).toList();
    }

    /** The newest published version of every code: what can be sent. */
    @Transactional(readOnly = true)
    public List<QuestionnaireTemplateView> sendable() {
        return templates.findAllByOrderByCodeAscTemplateVersionDesc(Pageable.unpaged()).stream()
                .filter(t -> t.getStatus() == QuestionnaireTemplate.Status.PUBLISHED)
                .collect(java.util.stream.Collectors.toMap(QuestionnaireTemplate::getCode, t -> t, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().map(t -> QuestionnaireTemplateView.of(t, null)).toList();
    }

    /**
     * A new draft version from a definition (JSON text): the next version number of its code, or the
     * code's open draft replaced. Its problems are answered 400 naming the section or question.
     */
    public QuestionnaireTemplateView saveDraft(String definitionJson) {
        QuestionnaireDefinition definition = parse(definitionJson);
        String stored = JSON.writeValueAsString(definition);
        List<QuestionnaireTemplate> existing = templates.findByCodeOrderByTemplateVersionDesc(definition.code());
        QuestionnaireTemplate draft = existing.stream()
                .filter(t -> t.getStatus() == QuestionnaireTemplate.Status.DRAFT).findFirst().orElse(null);
        if (draft != null) {
            draft.replace(definition, stored);
            templates.flush();
            audit("DRAFT_UPDATED", draft, "Questionnaire template " + draft.getCode() + " v"
                    + draft.getTemplateVersion() + " draft replaced");
            return QuestionnaireTemplateView.of(draft, definition);
        }
        int next = existing.isEmpty() ? 1 : existing.get(0).getTemplateVersion() + 1;
        QuestionnaireTemplate created = templates.saveAndFlush(new QuestionnaireTemplate(definition.code(), next,
                definition, stored, null, actor(), clock.instant()));
        audit("DRAFT_CREATED", created, "Questionnaire template " + created.getCode() + " v" + next + " drafted");
        return QuestionnaireTemplateView.of(created, definition);
    }

    /** Replaces the content of this version: only a draft; a published version is 409. */
    public QuestionnaireTemplateView updateDraft(UUID id, String definitionJson) {
        QuestionnaireTemplate t = find(id);
        if (t.getStatus() != QuestionnaireTemplate.Status.DRAFT) {
            throw published(t);
        }
        QuestionnaireDefinition definition = parse(definitionJson);
        if (!t.getCode().equals(definition.code())) {
            throw new InvalidSupplierException(List.of(new FieldProblem("code",
                    "questionnaire.template.error.codeChanged", t.getCode())));
        }
        t.replace(definition, JSON.writeValueAsString(definition));
        templates.flush();
        audit("DRAFT_UPDATED", t, "Questionnaire template " + t.getCode() + " v" + t.getTemplateVersion()
                + " draft replaced");
        return QuestionnaireTemplateView.of(t, definition);
    }

    public QuestionnaireTemplateView publish(UUID id) {
        QuestionnaireTemplate t = find(id);
        if (t.getStatus() != QuestionnaireTemplate.Status.DRAFT) {
            throw published(t);
        }
        t.publish(clock.instant());
        templates.flush();
        audit("PUBLISHED", t, "Questionnaire template " + t.getCode() + " v" + t.getTemplateVersion() + " published");
        return QuestionnaireTemplateView.of(t, parseStored(t));
    }

    /**
     * A template shipped with the application: added (published) when its code is unknown or when the
     * file's version is newer than any shipped before; otherwise nothing happens (idempotent at start-up).
     */
    public boolean loadShipped(String definitionJson, String source) {
        QuestionnaireDefinition definition = parse(definitionJson);
        int shipped = definition.version() == null ? 1 : definition.version();
        Integer already = templates.maxShippedVersion(definition.code());
        if (already != null && already >= shipped) {
            return false;
        }
        Integer max = templates.maxVersion(definition.code());
        QuestionnaireTemplate t = new QuestionnaireTemplate(definition.code(), max == null ? 1 : max + 1, definition,
                JSON.writeValueAsString(definition), shipped, "system", clock.instant());
        t.publish(clock.instant());
        templates.saveAndFlush(t);
        events.publishEvent(AuditableEvent.change("PUBLISHED", ENTITY, t.getId(), null,
                "Shipped questionnaire template " + t.getCode() + " v" + t.getTemplateVersion() + " loaded from "
                        + source, Map.of(), Map.of("code", t.getCode(), "version", t.getTemplateVersion()))
                .byActor("system"));
        return true;
    }

    QuestionnaireTemplate find(UUID id) {
        return templates.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    static QuestionnaireDefinition parseStored(QuestionnaireTemplate t) {
        return JSON.readValue(t.getDefinition(), QuestionnaireDefinition.class);
    }

    static QuestionnaireDefinition parse(String json) {
        QuestionnaireDefinition definition;
        try {
            definition = json == null || json.isBlank() ? null : JSON.readValue(json, QuestionnaireDefinition.class);
        } catch (JacksonException e) {
            throw new InvalidSupplierException(List.of(new FieldProblem("definition",
                    "questionnaire.template.error.json", e.getOriginalMessage())));
        }
        if (definition == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("definition", "supplier.error.required")));
        }
        List<FieldProblem> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        return definition;
    }

    private static VigilException published(QuestionnaireTemplate t) {
        return new VigilException(HttpStatus.CONFLICT, "template-version-published",
                "questionnaire.template.error.published", t.getCode(), t.getTemplateVersion());
    }

    private void audit(String action, QuestionnaireTemplate t, String summary) {
        events.publishEvent(AuditableEvent.change(action, ENTITY, t.getId(), null, summary, Map.of(),
                Map.of("code", t.getCode(), "version", t.getTemplateVersion(), "status", t.getStatus().name())));
    }

    static String actor() {
        return VigilPrincipal.current().map(VigilPrincipal::username).orElse("system");
    }
}
