package io.vigil.supplier.internal.questionnaire;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierPortalService;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierView;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Questionnaires sent to suppliers. Staff ({@code supplier:write} on the supplier's unit) send a
 * published template version with a due date and accept or return submissions; the supplier's contact
 * answers in the portal and submits. Submitting scores the answers and opens a review task for the
 * supplier's owner. Every change is audited; the state table is {@link QuestionnaireState}.
 */
@Service
@Transactional
public class QuestionnaireService {

    public static final String ENTITY = "SupplierQuestionnaire";
    static final String TASK_KIND = "SUPPLIER_QUESTIONNAIRE_REVIEW";
    static final int REVIEW_DAYS = 10;
    static final String INFOSEC_CODE = "INFOSEC";
    private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
    };

    private final SupplierQuestionnaireRepository questionnaires;
    private final QuestionnaireTemplateRepository templates;
    private final SupplierService suppliers;
    private final SupplierPortalService portal;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionnaireService(SupplierQuestionnaireRepository questionnaires, QuestionnaireTemplateRepository templates,
            SupplierService suppliers, SupplierPortalService portal, Tasks tasks, ApplicationEventPublisher events,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.suppliers = suppliers;
        this.portal = portal;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    // ---- staff ----------------------------------------------------------------------------------

    public QuestionnaireView send(UUID supplierId, UUID templateId, LocalDate dueDate) {
        SupplierView supplier = writable(supplierId);
        List<FieldProblem> problems = new ArrayList<>();
        QuestionnaireTemplate template = templateId == null ? null : templates.findById(templateId).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("templateId", templateId == null ? "supplier.error.required"
                    : "questionnaire.send.error.template"));
        }
        if (dueDate == null) {
            problems.add(new FieldProblem("dueDate", "supplier.error.required"));
        } else if (dueDate.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dueDate", "questionnaire.send.error.dueDate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        if (template.getStatus() != QuestionnaireTemplate.Status.PUBLISHED) {
            throw new VigilException(HttpStatus.CONFLICT, "template-version-draft",
                    "questionnaire.send.error.draft", template.getCode(), template.getTemplateVersion());
        }
        SupplierQuestionnaire q = questionnaires.saveAndFlush(new SupplierQuestionnaire(template.getId(),
                supplierId, supplier.orgUnitId(), dueDate, QuestionnaireTemplateService.actor(), clock.instant()));
        publish(q, AuditableEvent.change("SENT", ENTITY, q.getId(), supplier.orgUnitId(),
                "Questionnaire " + template.getCode() + " v" + template.getTemplateVersion() + " sent to supplier "
                        + supplier.name() + ", due " + dueDate, Map.of(),
                Map.of("supplierId", supplierId.toString(), "templateId", template.getId().toString(),
                        "state", q.getState().name(), "dueDate", dueDate.toString())));
        return view(q, template, supplier.name(), false);
    }

    @Transactional(readOnly = true)
    public Page<QuestionnaireView> ofSupplier(UUID supplierId, Pageable pageable) {
        SupplierView supplier = suppliers.get(supplierId);
        Page<SupplierQuestionnaire> page = questionnaires.findBySupplierIdOrderBySentAtDesc(supplierId, pageable);
        Map<UUID, QuestionnaireTemplate> byId = templatesOf(page.getContent());
        return page.map(q -> view(q, byId.get(q.getTemplateId()), supplier.name(), false));
    }

    @Transactional(readOnly = true)
    public QuestionnaireView get(UUID id) {
        SupplierQuestionnaire q = find(id);
        SupplierView supplier = visibleSupplier(q);
        return view(q, templates.findById(q.getTemplateId()).orElseThrow(), supplier.name(), true);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID questionnaireId) {
        SupplierQuestionnaire q = find(questionnaireId);
        return suppliers.canWrite(visibleSupplier(q).orgUnitId());
    }

    public QuestionnaireView accept(UUID id, String note, Long expectedVersion) {
        return decide(id, QuestionnaireState.ACCEPTED, note, expectedVersion);
    }

    public QuestionnaireView returnForClarification(UUID id, String note, Long expectedVersion) {
        if (note == null || note.isBlank()) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "questionnaire.return.error.note")));
        }
        return decide(id, QuestionnaireState.RETURNED, note, expectedVersion);
    }

    /**
     * The score of the supplier's latest ACCEPTED information-security questionnaire, if any: what an
     * access case's internal assessment may record as its {@code securityQuestionnaireScore} (a hint only).
     */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireView> latestAcceptedSecurity(UUID supplierId) {
        SupplierView supplier = suppliers.get(supplierId);
        List<SupplierQuestionnaire> accepted = questionnaires.findBySupplierIdAndStateOrderByDecidedAtDesc(
                supplierId, QuestionnaireState.ACCEPTED);
        Map<UUID, QuestionnaireTemplate> byId = templatesOf(accepted);
        return accepted.stream().filter(q -> INFOSEC_CODE.equals(byId.get(q.getTemplateId()).getCode()))
                .findFirst().map(q -> view(q, byId.get(q.getTemplateId()), supplier.name(), false));
    }

    private QuestionnaireView decide(UUID id, QuestionnaireState outcome, String note, Long expectedVersion) {
        SupplierQuestionnaire q = find(id);
        SupplierView supplier = visibleSupplier(q);
        if (!suppliers.canWrite(supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        checkVersion(q, expectedVersion);
        QuestionnaireState before = q.getState();
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 2000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.error.tooLong", 2000)));
        }
        q.decide(outcome, trimmed, QuestionnaireTemplateService.actor(), clock.instant());
        questionnaires.flush();
        QuestionnaireTemplate template = templates.findById(q.getTemplateId()).orElseThrow();
        tasks.fulfil(related(q), outcome == QuestionnaireState.ACCEPTED ? "Accepted" : "Returned for clarification");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", outcome.name());
        if (trimmed != null) {
            after.put("note", trimmed);
        }
        publish(q, AuditableEvent.change(outcome == QuestionnaireState.ACCEPTED ? "ACCEPTED" : "RETURNED",
                ENTITY, q.getId(), supplier.orgUnitId(), "Questionnaire " + template.getCode() + " of supplier "
                        + supplier.name() + (outcome == QuestionnaireState.ACCEPTED ? " accepted" : " returned"),
                Map.of("state", before.name()), after));
        return view(q, template, supplier.name(), true);
    }

    // ---- supplier portal ------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PortalQuestionnaireView> portalList() {
        UUID supplierId = portal.mine().id();
        List<SupplierQuestionnaire> own = questionnaires.findBySupplierIdOrderBySentAtDesc(supplierId);
        Map<UUID, QuestionnaireTemplate> byId = templatesOf(own);
        return own.stream().map(q -> portalView(q, byId.get(q.getTemplateId()), false)).toList();
    }

    @Transactional(readOnly = true)
    public PortalQuestionnaireView portalGet(UUID id) {
        SupplierQuestionnaire q = own(id);
        return portalView(q, templates.findById(q.getTemplateId()).orElseThrow(), true);
    }

    /** Saves a draft of the answers (questions may stay open; each given answer must fit its question). */
    public PortalQuestionnaireView portalSave(UUID id, Map<String, List<String>> raw, Long expectedVersion) {
        SupplierQuestionnaire q = own(id);
        checkVersion(q, expectedVersion);
        QuestionnaireTemplate template = templates.findById(q.getTemplateId()).orElseThrow();
        Map<String, List<String>> answers = QuestionnaireAnswerRules.normalize(raw);
        if (!q.getState().canMoveTo(QuestionnaireState.IN_PROGRESS)) {
            throw new QuestionnaireTransitionException(q.getState(), QuestionnaireState.IN_PROGRESS);
        }
        reject(QuestionnaireAnswerRules.check(QuestionnaireTemplateService.parseStored(template), answers, false));
        QuestionnaireState before = q.getState();
        q.saveAnswers(write(answers));
        questionnaires.flush();
        publish(q, AuditableEvent.change("ANSWERS_SAVED", ENTITY, q.getId(), q.getOrgUnitId(),
                "Questionnaire " + template.getCode() + ": " + answers.size() + " answers saved by the supplier",
                Map.of("state", before.name()), Map.of("state", q.getState().name(), "answered", answers.size())));
        return portalView(q, template, true);
    }

    /**
     * Submits (with these answers, or the saved ones when {@code raw} is null): every required question
     * must be answered; the score and red-line outcome are fixed now and a review task is opened.
     */
    public PortalQuestionnaireView portalSubmit(UUID id, Map<String, List<String>> raw, Long expectedVersion) {
        SupplierQuestionnaire q = own(id);
        checkVersion(q, expectedVersion);
        QuestionnaireTemplate template = templates.findById(q.getTemplateId()).orElseThrow();
        QuestionnaireDefinition definition = QuestionnaireTemplateService.parseStored(template);
        Map<String, List<String>> answers = raw == null ? read(q.getAnswers()) : QuestionnaireAnswerRules.normalize(raw);
        if (!q.getState().canMoveTo(QuestionnaireState.SUBMITTED)) {
            throw new QuestionnaireTransitionException(q.getState(), QuestionnaireState.SUBMITTED);
        }
        reject(QuestionnaireAnswerRules.check(definition, answers, true));
        QuestionnaireScoring.Result result = QuestionnaireScoring.score(definition, answers);
        QuestionnaireState before = q.getState();
        q.submit(write(answers), result.score(), result.redLineFailed(), clock.instant());
        questionnaires.flush();
        openReviewTask(q, template);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", q.getState().name());
        after.put("score", result.score() == null ? "-" : result.score());
        after.put("redLineFailed", result.redLineFailed());
        publish(q, AuditableEvent.change("SUBMITTED", ENTITY, q.getId(), q.getOrgUnitId(),
                "Questionnaire " + template.getCode() + " submitted by the supplier, score " + result.score()
                        + (result.redLineFailed() ? " (red line failed: " + result.failedRedLines() + ")" : ""),
                Map.of("state", before.name()), after));
        return portalView(q, template, true);
    }

    private void openReviewTask(SupplierQuestionnaire q, QuestionnaireTemplate template) {
        var profile = portal.mine();
        TaskOwner owner = portal.ownOwnerId().map(TaskOwner::user)
                .orElseGet(() -> TaskOwner.role(Role.PROCUREMENT_OFFICER));
        tasks.open(new NewTask("Review questionnaire " + template.getTitleEn() + " of " + profile.name(),
                "The supplier submitted the questionnaire; accept it or return it for clarification.", TASK_KIND,
                q.getOrgUnitId(), owner, related(q), LocalDate.now(clock).plusDays(REVIEW_DAYS), TaskPriority.NORMAL));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A questionnaire the staff caller may read (its supplier is visible to them), else not found. */
    SupplierQuestionnaire readable(UUID id) {
        SupplierQuestionnaire q = find(id);
        visibleSupplier(q);
        return q;
    }

    /** Stores an answer given by the portal as an attached file, as a draft save of that one question. */
    PortalQuestionnaireView attach(UUID id, String questionKey, UUID fileId, String filename) {
        SupplierQuestionnaire q = own(id);
        Map<String, List<String>> answers = new LinkedHashMap<>(read(q.getAnswers()));
        answers.put(questionKey, List.of(fileId.toString(), filename));
        return portalSave(id, answers, null);
    }

    private SupplierQuestionnaire find(UUID id) {
        return questionnaires.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** The contact's own questionnaire; another supplier's does not exist for them. */
    SupplierQuestionnaire own(UUID id) {
        UUID supplierId = portal.mine().id();
        return questionnaires.findById(id).filter(q -> q.getSupplierId().equals(supplierId))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private SupplierView visibleSupplier(SupplierQuestionnaire q) {
        try {
            return suppliers.get(q.getSupplierId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(ENTITY, q.getId());
        }
    }

    private SupplierView writable(UUID supplierId) {
        SupplierView supplier = suppliers.get(supplierId);
        if (!suppliers.canWrite(supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    private static void checkVersion(SupplierQuestionnaire q, Long expected) {
        if (expected != null && expected != q.getVersion()) {
            throw new VigilException(HttpStatus.CONFLICT, "stale-version", "problem.staleVersion.detail");
        }
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
    }

    private Map<UUID, QuestionnaireTemplate> templatesOf(List<SupplierQuestionnaire> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return templates.findByIdIn(list.stream().map(SupplierQuestionnaire::getTemplateId).distinct().toList())
                .stream().collect(Collectors.toMap(QuestionnaireTemplate::getId, Function.identity()));
    }

    static RelatedRecord related(SupplierQuestionnaire q) {
        return new RelatedRecord("supplier", ENTITY, q.getId().toString(), "/questionnaires/" + q.getId());
    }

    static String write(Map<String, List<String>> answers) {
        return QuestionnaireTemplateService.JSON.writeValueAsString(answers);
    }

    static Map<String, List<String>> read(String json) {
        return QuestionnaireTemplateService.JSON.readValue(json, ANSWERS);
    }

    private QuestionnaireView view(SupplierQuestionnaire q, QuestionnaireTemplate t, String supplierName,
            boolean detail) {
        List<QuestionnaireView.Item> items = null;
        Map<String, List<String>> answers = null;
        List<String> failed = List.of();
        if (detail) {
            QuestionnaireDefinition definition = QuestionnaireTemplateService.parseStored(t);
            answers = read(q.getAnswers());
            QuestionnaireScoring.Result result = QuestionnaireScoring.score(definition, answers);
            failed = result.failedRedLines();
            items = new ArrayList<>();
            for (QuestionnaireDefinition.Section s : definition.sections()) {
                for (QuestionnaireDefinition.Question question : s.questions()) {
                    items.add(new QuestionnaireView.Item(s.key(), s.title(), question, answers.get(question.key()),
                            result.line(question.key())));
                }
            }
        }
        return new QuestionnaireView(q.getId(), t.getId(), t.getCode(), t.getTemplateVersion(), t.getTitleEn(),
                t.getTitleZh(), q.getSupplierId(), supplierName, q.getState(), q.getDueDate(),
                q.overdue(LocalDate.now(clock)), q.getScore(), q.isRedLineFailed(), failed, q.getSentAt(),
                q.getSentBy(), q.getSubmittedAt(), q.getDecidedAt(), q.getDecidedBy(), q.getReviewNote(),
                Arrays.stream(QuestionnaireState.values()).filter(q.getState()::canMoveTo)
                        .filter(s -> s == QuestionnaireState.ACCEPTED || s == QuestionnaireState.RETURNED).toList(),
                q.getVersion(), answers, items);
    }

    private PortalQuestionnaireView portalView(SupplierQuestionnaire q, QuestionnaireTemplate t, boolean detail) {
        return new PortalQuestionnaireView(q.getId(), t.getTitleEn(), t.getTitleZh(), q.getState(), q.getDueDate(),
                q.overdue(LocalDate.now(clock)), q.getState().canMoveTo(QuestionnaireState.SUBMITTED),
                q.getState() == QuestionnaireState.RETURNED ? q.getReviewNote() : null, q.getSubmittedAt(),
                q.getVersion(), detail ? read(q.getAnswers()) : null,
                detail ? QuestionnaireTemplateService.parseStored(t).forSupplier() : null);
    }

    /** Every questionnaire event also names its supplier, so the supplier's timeline shows it. */
    private void publish(SupplierQuestionnaire q, AuditableEvent event) {
        events.publishEvent(event.relatedTo(SupplierService.ENTITY, q.getSupplierId()));
    }
}
