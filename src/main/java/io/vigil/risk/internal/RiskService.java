package io.vigil.risk.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.identity.RoleHolders;
import io.vigil.risk.RiskStatus;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.security.VisibleUnits;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.TaskView;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register within the caller's data scope: scoring on the {@link RiskMatrix}, treatment
 * plans as tasks, acceptance under the {@link RiskAcceptancePolicy}, periodic reviews that keep the
 * history of scores. Every change is audited.
 */
@Service
@Transactional
public class RiskService {

    public static final String READ = "risk:read";
    public static final String WRITE = "risk:write";
    public static final String APPROVE = "risk:approve";
    static final String ENTITY = "Risk";
    static final String MODULE = "risk";

    private final RiskRepository risks;
    private final RiskPlanItemRepository planItems;
    private final RiskScoreRecordRepository scores;
    private final AssetService assets;
    private final ThreatCatalogue threats;
    private final RiskMatrix matrix;
    private final RiskProperties properties;
    private final DataScope scope;
    private final OrgUnits orgUnits;
    private final RoleHolders roleHolders;
    private final UserRefs users;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskService(RiskRepository risks, RiskPlanItemRepository planItems, RiskScoreRecordRepository scores,
            AssetService assets, ThreatCatalogue threats, RiskMatrix matrix, RiskProperties properties,
            DataScope scope, OrgUnits orgUnits, RoleHolders roleHolders, UserRefs users, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.risks = risks;
        this.planItems = planItems;
        this.scores = scores;
        this.assets = assets;
        this.threats = threats;
        this.matrix = matrix;
        this.properties = properties;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.roleHolders = roleHolders;
        this.users = users;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<RiskView> list(RiskFilter filter, Pageable pageable) {
        VisibleUnits units = scope.visibleUnits(READ);
        Page<Risk> page = risks.findAll(filter.within(units), pageable);
        return page.map(views(page.getContent()));
    }

    @Transactional(readOnly = true)
    public RiskView get(UUID id) {
        Risk risk = visible(id);
        return views(List.of(risk)).apply(risk);
    }

    @Transactional(readOnly = true)
    public List<RiskView> top(int count) {
        List<Risk> top = risks.top(scope.visibleUnits(READ).forQuery(), PageRequest.of(0, count));
        return top.stream().map(views(top)).toList();
    }

    @Transactional(readOnly = true)
    public List<RiskView> forAsset(UUID assetId) {
        assets.get(assetId);
        List<Risk> found = risks.findVisibleByAsset(assetId, scope.visibleUnits(READ).forQuery());
        return found.stream().map(views(found)).toList();
    }

    /** Counts per cell, {@code [likelihood-1][impact-1]}, of the visible risks that are not closed. */
    @Transactional(readOnly = true)
    public long[][] heatMap(boolean residual) {
        VisibleUnits units = scope.visibleUnits(READ);
        long[][] cells = new long[matrix.likelihoodLevels()][matrix.impactLevels()];
        List<Object[]> rows = residual ? risks.residualCells(units.forQuery()) : risks.inherentCells(units.forQuery());
        for (Object[] row : rows) {
            int l = ((Number) row[0]).intValue();
            int i = ((Number) row[1]).intValue();
            // scores outside a since-shrunk matrix are clamped to its edge rather than dropped
            cells[Math.min(l, cells.length) - 1][Math.min(i, cells[0].length) - 1] += ((Number) row[2]).longValue();
        }
        return cells;
    }

    @Transactional(readOnly = true)
    public List<RiskPlanItem> plan(UUID riskId) {
        visible(riskId);
        return planItems.findByRiskIdOrderByDueDate(riskId);
    }

    @Transactional(readOnly = true)
    public List<RiskScoreRecord> scoreHistory(UUID riskId) {
        visible(riskId);
        return scores.findByRiskIdOrderByRecordedAtDesc(riskId);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(WRITE, orgUnitId);
    }

    public RiskView create(RiskData data) {
        List<FieldProblem> problems = check(data);
        throwIfAny(problems);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Risk risk = risks.save(new Risk(UUID.randomUUID(), newCode(), data, matrix,
                today.plusMonths(properties.reviewMonths()), now));
        scores.save(new RiskScoreRecord(risk, "CREATED", actor(), null, now));
        openReviewTask(risk);
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                "Risk " + risk.getCode() + " created", Map.of(), risk.auditFields()));
        return get(risk.getId());
    }

    public RiskView update(UUID id, long expectedVersion, RiskData data) {
        Risk risk = writable(id, expectedVersion);
        List<FieldProblem> problems = check(data);
        if (data.orgUnitId() != null && !data.orgUnitId().equals(risk.getOrgUnitId())
                && !scope.canAccess(WRITE, data.orgUnitId())) {
            problems.add(new FieldProblem("orgUnitId", "risk.error.orgUnitNotWritable"));
        }
        throwIfAny(problems);
        Map<String, Object> before = risk.auditFields();
        int inherent = risk.getInherentScore();
        int residual = risk.getResidualScore();
        risk.apply(data, matrix, clock.instant());
        risks.flush();
        if (risk.getInherentScore() != inherent || risk.getResidualScore() != residual) {
            scores.save(new RiskScoreRecord(risk, "UPDATED", actor(), null, clock.instant()));
        }
        Map<String, Object> after = risk.auditFields();
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                    "Risk " + risk.getCode() + " updated", AssetService.changed(before, after),
                    AssetService.changed(after, before)));
        }
        return get(id);
    }

    /**
     * Accepts the residual risk until {@code expiresOn} (default and longest: the configured months).
     * An approver without the authority the policy asks for is refused with 403 and nothing changes.
     */
    public RiskView accept(UUID id, long expectedVersion, String justification, LocalDate expiresOn) {
        Risk risk = visible(id);
        if (risk.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Risk.class, id);
        }
        UUID approver = VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new AccessDeniedException("acceptance needs a person"));
        boolean isCiso = roleHolders.candidateKeys(approver)
                .contains(RoleHolders.candidateKey(Role.CISO, risk.getOrgUnitId()));
        var refusal = RiskAcceptancePolicy.refusal(risk.getResidualLevel(), risk.getResidualScore(), matrix.appetite(),
                new RiskAcceptancePolicy.Approver(scope.canAccess(APPROVE, risk.getOrgUnitId()), isCiso,
                        approver.equals(risk.getOwnerUserId())));
        if (refusal.isPresent()) {
            events.publishEvent(AuditableEvent.change("ACCEPTANCE_REFUSED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                    "Acceptance of risk " + risk.getCode() + " refused: " + refusal.get(), Map.of(),
                    Map.of("residualLevel", risk.getResidualLevel(), "residualScore", risk.getResidualScore())));
            throw new VigilException(HttpStatus.FORBIDDEN, "risk-acceptance-not-authorised", refusal.get(),
                    risk.getResidualLevel(), risk.getResidualScore(), matrix.appetite());
        }
        if (status(risk) == RiskStatus.CLOSED) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "risk.error.closed");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today.plusMonths(properties.acceptanceMonths());
        LocalDate expiry = expiresOn == null ? latest : expiresOn;
        if (!expiry.isAfter(today) || expiry.isAfter(latest)) {
            throw new InvalidInputException(List.of(new FieldProblem("expiresOn", "risk.error.acceptanceExpiry",
                    properties.acceptanceMonths())));
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("justification", "risk.error.required")));
        }
        Map<String, Object> before = risk.auditFields();
        Instant now = clock.instant();
        risk.accept(approver, justification.strip(), expiry, now);
        risks.flush();
        scores.save(new RiskScoreRecord(risk, "ACCEPTED", actor(), justification.strip(), now));
        // the acceptance is re-reviewed before it lapses
        tasks.open(new NewTask("Re-review the acceptance of risk " + risk.getCode(), risk.getTitle(),
                "RISK_ACCEPTANCE_REVIEW", risk.getOrgUnitId(), TaskOwner.user(risk.getOwnerUserId()),
                related(risk, "RiskAcceptance", risk.getId()), expiry, TaskPriority.HIGH));
        Map<String, Object> after = risk.auditFields();
        events.publishEvent(AuditableEvent.change("ACCEPTED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                "Risk " + risk.getCode() + " accepted until " + expiry, AssetService.changed(before, after),
                AssetService.changed(after, before)));
        return get(id);
    }

    /** A periodic review: optional new residual scores, a snapshot in the history, the next review scheduled. */
    public RiskView review(UUID id, long expectedVersion, Integer residualLikelihood, Integer residualImpact,
            String note) {
        Risk risk = writable(id, expectedVersion);
        RiskData d = risk.data();
        RiskData reviewed = new RiskData(d.title(), d.description(), d.orgUnitId(), d.threatCode(), d.vulnerability(),
                d.existingControls(), d.inherentLikelihood(), d.inherentImpact(),
                residualLikelihood == null ? d.residualLikelihood() : residualLikelihood,
                residualImpact == null ? d.residualImpact() : residualImpact, d.ownerUserId(), d.treatment(),
                d.assetIds());
        throwIfAny(check(reviewed));
        Map<String, Object> before = risk.auditFields();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        risk.apply(reviewed, matrix, now);
        risk.reviewed(today, today.plusMonths(properties.reviewMonths()), now);
        risks.flush();
        scores.save(new RiskScoreRecord(risk, "REVIEWED", actor(), note, now));
        RelatedRecord related = related(risk, ENTITY, risk.getId());
        tasks.fulfil(related, "Reviewed");
        openReviewTask(risk);
        Map<String, Object> after = risk.auditFields();
        events.publishEvent(AuditableEvent.change("REVIEWED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                "Risk " + risk.getCode() + " reviewed; next review " + risk.getNextReviewOn(),
                AssetService.changed(before, after), AssetService.changed(after, before)));
        return get(id);
    }

    public RiskView close(UUID id, long expectedVersion) {
        Risk risk = writable(id, expectedVersion);
        Map<String, Object> before = risk.auditFields();
        risk.close(clock.instant());
        risks.flush();
        tasks.cancel(related(risk, ENTITY, risk.getId()), "Risk closed");
        events.publishEvent(AuditableEvent.change("CLOSED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                "Risk " + risk.getCode() + " closed", before, risk.auditFields()));
        return get(id);
    }

    /** Adds a treatment action, opened as a task for its owner; the risk moves to TREATING. */
    public RiskPlanItem addPlanItem(UUID riskId, String title, UUID ownerUserId, LocalDate dueDate) {
        Risk risk = writable(riskId, null);
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "risk.error.required"));
        } else if (title.length() > 300) {
            problems.add(new FieldProblem("title", "risk.error.tooLong", 300));
        }
        if (ownerUserId == null) {
            problems.add(new FieldProblem("ownerUserId", "risk.error.required"));
        } else if (!users.exists(ownerUserId)) {
            problems.add(new FieldProblem("ownerUserId", "risk.error.unknownUser"));
        }
        if (dueDate == null) {
            problems.add(new FieldProblem("dueDate", "risk.error.required"));
        }
        throwIfAny(problems);
        Instant now = clock.instant();
        RiskPlanItem item = planItems.save(new RiskPlanItem(UUID.randomUUID(), riskId, title.strip(), ownerUserId,
                dueDate, now));
        TaskView task = tasks.open(new NewTask(title.strip(), "Treatment of risk " + risk.getCode() + ": "
                + risk.getTitle(), "RISK_TREATMENT", risk.getOrgUnitId(), TaskOwner.user(ownerUserId),
                related(risk, "RiskPlanItem", item.getId()), dueDate, TaskPriority.NORMAL));
        item.linkTask(task.id());
        risk.startTreatment(now);
        events.publishEvent(AuditableEvent.change("PLAN_ITEM_ADDED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                "Treatment action added to risk " + risk.getCode(), Map.of(),
                Map.of("title", item.getTitle(), "ownerUserId", ownerUserId, "dueDate", dueDate)));
        return item;
    }

    /** Marks a plan item done and closes its task. */
    public RiskPlanItem completePlanItem(UUID riskId, UUID itemId) {
        Risk risk = writable(riskId, null);
        RiskPlanItem item = planItems.findById(itemId).filter(i -> i.getRiskId().equals(riskId))
                .orElseThrow(() -> new RecordNotFoundException("RiskPlanItem", itemId));
        if (item.complete(clock.instant())) {
            tasks.fulfil(related(risk, "RiskPlanItem", itemId), "Treatment action completed");
            events.publishEvent(AuditableEvent.change("PLAN_ITEM_COMPLETED", ENTITY, risk.getId(),
                    risk.getOrgUnitId(), "Treatment action of risk " + risk.getCode() + " completed", Map.of(),
                    Map.of("title", item.getTitle())));
        }
        return item;
    }

    /** The task of a plan item was done in the task list: the plan item is done too (no scope: the task was). */
    void planItemTaskDone(UUID itemId) {
        planItems.findById(itemId).ifPresent(item -> {
            if (item.complete(clock.instant())) {
                risks.findById(item.getRiskId()).ifPresent(risk -> events.publishEvent(AuditableEvent.change(
                        "PLAN_ITEM_COMPLETED", ENTITY, risk.getId(), risk.getOrgUnitId(),
                        "Treatment action of risk " + risk.getCode() + " completed with its task", Map.of(),
                        Map.of("title", item.getTitle()))));
            }
        });
    }

    private void openReviewTask(Risk risk) {
        tasks.open(new NewTask("Review risk " + risk.getCode(), risk.getTitle(), "RISK_REVIEW", risk.getOrgUnitId(),
                TaskOwner.user(risk.getOwnerUserId()), related(risk, ENTITY, risk.getId()), risk.getNextReviewOn(),
                TaskPriority.NORMAL));
    }

    static RelatedRecord related(Risk risk, String type, UUID id) {
        return new RelatedRecord(MODULE, type, id.toString(), "/risks/" + risk.getId());
    }

    private RiskStatus status(Risk risk) {
        return risk.getStatus();
    }

    private Risk visible(UUID id) {
        return risks.findVisible(id, scope.visibleUnits(READ).forQuery())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private Risk writable(UUID id, Long expectedVersion) {
        Risk risk = visible(id);
        if (!scope.canAccess(WRITE, risk.getOrgUnitId())) {
            throw new AccessDeniedException("risk:write is not granted for the risk's unit");
        }
        if (expectedVersion != null && risk.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Risk.class, id);
        }
        return risk;
    }

    private List<FieldProblem> check(RiskData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (AssetRules.blank(d.title())) {
            problems.add(new FieldProblem("title", "risk.error.required"));
        } else if (d.title().length() > 300) {
            problems.add(new FieldProblem("title", "risk.error.tooLong", 300));
        }
        if (d.description() != null && d.description().length() > 4000) {
            problems.add(new FieldProblem("description", "risk.error.tooLong", 4000));
        }
        if (d.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "risk.error.required"));
        } else if (orgUnits.find(d.orgUnitId()).isEmpty()) {
            problems.add(new FieldProblem("orgUnitId", "risk.error.unknownOrgUnit"));
        } else if (!scope.canAccess(WRITE, d.orgUnitId())) {
            problems.add(new FieldProblem("orgUnitId", "risk.error.orgUnitNotWritable"));
        }
        if (AssetRules.blank(d.threatCode())) {
            problems.add(new FieldProblem("threatCode", "risk.error.required"));
        } else if (threats.find(d.threatCode()).isEmpty()) {
            problems.add(new FieldProblem("threatCode", "risk.error.unknownThreat"));
        }
        if (AssetRules.blank(d.vulnerability())) {
            problems.add(new FieldProblem("vulnerability", "risk.error.required"));
        } else if (d.vulnerability().length() > 2000) {
            problems.add(new FieldProblem("vulnerability", "risk.error.tooLong", 2000));
        }
        if (d.existingControls() != null && d.existingControls().length() > 4000) {
            problems.add(new FieldProblem("existingControls", "risk.error.tooLong", 4000));
        }
        scale("inherentLikelihood", d.inherentLikelihood(), matrix.likelihoodLevels(), true, problems);
        scale("inherentImpact", d.inherentImpact(), matrix.impactLevels(), true, problems);
        scale("residualLikelihood", d.residualLikelihood(), matrix.likelihoodLevels(), false, problems);
        scale("residualImpact", d.residualImpact(), matrix.impactLevels(), false, problems);
        if (d.ownerUserId() == null) {
            problems.add(new FieldProblem("ownerUserId", "risk.error.required"));
        } else if (!users.exists(d.ownerUserId())) {
            problems.add(new FieldProblem("ownerUserId", "risk.error.unknownUser"));
        }
        if (!d.assetIds().isEmpty()) {
            Set<UUID> found = assets.refs(d.assetIds()).keySet();
            d.assetIds().stream().filter(a -> !found.contains(a)).findFirst()
                    .ifPresent(a -> problems.add(new FieldProblem("assetIds", "risk.error.unknownAsset", a)));
        }
        return problems;
    }

    private static void scale(String field, Integer value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "risk.error.required"));
            }
        } else if (value < 1 || value > max) {
            problems.add(new FieldProblem(field, "risk.error.scale", max));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Short, unique and readable; a collision (1 in 16^6 per pair) is retried. */
    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = "R-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
            if (!risks.existsByCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free risk code");
    }

    private static String actor() {
        return VigilPrincipal.current().map(VigilPrincipal::username).orElse("system");
    }

    private Function<Risk, RiskView> views(List<Risk> batch) {
        Map<UUID, OrgUnitView> unitsById = orgUnits.all().stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        Set<UUID> userIds = new HashSet<>();
        Set<UUID> assetIds = new HashSet<>();
        for (Risk r : batch) {
            userIds.add(r.getOwnerUserId());
            userIds.add(r.getAcceptedBy());
            assetIds.addAll(r.getAssetIds());
        }
        Map<UUID, UserRef> refs = users.resolve(userIds);
        Map<UUID, AssetView.AssetRef> assetRefs = assets.refs(assetIds);
        LocalDate today = LocalDate.now(clock);
        return r -> new RiskView(r.getId(), r.getCode(), r.getTitle(), r.getDescription(),
                unitsById.get(r.getOrgUnitId()),
                threats.find(r.getThreatCode()).orElse(new Threat(r.getThreatCode(), "", r.getThreatCode(),
                        r.getThreatCode())),
                r.getVulnerability(), r.getExistingControls(), r.getInherentLikelihood(), r.getInherentImpact(),
                r.getInherentScore(), r.getInherentLevel(), r.getResidualLikelihood(), r.getResidualImpact(),
                r.getResidualScore(), r.getResidualLevel(), refs.get(r.getOwnerUserId()), r.getTreatment(),
                r.getStatus(), r.getAcceptedBy() == null ? null : refs.get(r.getAcceptedBy()), r.getAcceptedAt(),
                r.getAcceptanceExpiresOn(), r.getAcceptanceJustification(), r.getAcceptanceExpiresOn() != null && !r.getAcceptanceExpiresOn().isAfter(today),
                r.getNextReviewOn(), r.getLastReviewedOn(),
                r.getStatus() != RiskStatus.CLOSED && r.getNextReviewOn().isBefore(today),
                r.getAssetIds().stream().sorted().map(a -> assetRefs.getOrDefault(a, new AssetView.AssetRef(a, null, null)))
                        .toList(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
