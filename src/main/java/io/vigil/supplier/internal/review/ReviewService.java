package io.vigil.supplier.internal.review;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierFact;
import io.vigil.supplier.SupplierFactsProvider;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierStatusService;
import io.vigil.supplier.internal.SupplierView;
import io.vigil.task.RelatedRecord;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review workflow: evaluators declare conflicts of interest, then score; red-line events are
 * recorded; completing freezes the result in an immutable snapshot with a grade and a proposed
 * classification; a holder of {@code supplier:approve} confirms (or overrides with a reason), which
 * changes the classification through {@link SupplierStatusService} and its transition table.
 */
@Service
@Transactional
public class ReviewService {

    public static final String ENTITY = "SupplierReview";
    static final String TASK_KIND = "SUPPLIER_REVIEW";
    static final String WRITE = "supplier:write";
    static final String APPROVE = "supplier:approve";
    static final String KEEP = "KEEP";

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the snapshot's JSON holds. */
    record SnapshotContent(List<CriterionView> criteria, List<ReviewScoring.Line> lines,
            Map<String, Map<String, Integer>> scoresByEvaluator, List<ReviewView.RedLineView> redLines) {
    }

    private final ReviewRepository reviews;
    private final ReviewCriterionRepository criteria;
    private final ReviewSnapshotRepository snapshots;
    private final ReviewDecisionRepository decisions;
    private final SupplierService suppliers;
    private final SupplierStatusService statuses;
    private final DataScope scope;
    private final UserDirectory users;
    private final Tasks tasks;
    private final List<SupplierFactsProvider> factsProviders;
    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewCriterionRepository criteria, ReviewSnapshotRepository snapshots,
            ReviewDecisionRepository decisions, SupplierService suppliers, SupplierStatusService statuses,
            DataScope scope, UserDirectory users, Tasks tasks, List<SupplierFactsProvider> factsProviders,
            ReviewSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.decisions = decisions;
        this.suppliers = suppliers;
        this.statuses = statuses;
        this.scope = scope;
        this.users = users;
        this.tasks = tasks;
        this.factsProviders = List.copyOf(factsProviders);
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CriterionView> criteria() {
        return criteria.findByActiveTrueOrderBySortOrderAsc().stream().map(ReviewCriterion::view).toList();
    }

    @Transactional(readOnly = true)
    public ReviewSettings settings() {
        return settings;
    }

    /** Opens a review by hand (the cycle job opens the periodic ones); one per supplier and period. */
    public ReviewView open(UUID supplierId, String periodCode) {
        SupplierView supplier = suppliers.get(supplierId);
        require(WRITE, supplier);
        ReviewPeriod period = ReviewPeriod.parse(periodCode).orElseThrow(() -> new InvalidSupplierException(
                List.of(new FieldProblem("period", "supplier.review.error.period"))));
        if (reviews.existsBySupplierIdAndPeriod(supplierId, period.code())) {
            throw new VigilException(HttpStatus.CONFLICT, "review-exists", "supplier.review.error.exists", period.code());
        }
        Review review = reviews.save(new Review(supplierId, period, clock.instant()));
        reviews.flush();
        audit("OPENED", review, supplier.orgUnitId(), "Review " + period.code() + " of " + supplier.name() + " opened",
                Map.of(), Map.of("period", period.code(), "dueDate", period.end().toString()));
        return view(review.getId());
    }

    @Transactional(readOnly = true)
    public ReviewView view(UUID reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(ENTITY, reviewId));
        SupplierView supplier = suppliers.get(review.getSupplierId());
        return view(review, supplier, true);
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofSupplier(UUID supplierId) {
        SupplierView supplier = suppliers.get(supplierId);
        return reviews.findBySupplierIdOrderByPeriodStartDescPeriodDesc(supplierId).stream()
                .map(r -> view(r, supplier, false)).toList();
    }

    /** An evaluator declares (once per review) whether they have a conflict of interest with the supplier. */
    public ReviewView declare(UUID reviewId, boolean conflict, String note) {
        Review review = openReview(reviewId);
        SupplierView supplier = suppliers.get(review.getSupplierId());
        requireEvaluatorRights(supplier);
        UUID user = currentUser();
        if (review.evaluator(user).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "already-declared", "supplier.error.alreadyDeclared");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.error.tooLong", 1000)));
        }
        if (conflict && text == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.review.error.conflictNote")));
        }
        review.declare(user, conflict, text, clock.instant());
        reviews.flush();
        audit(conflict ? "CONFLICT_DECLARED" : "NO_CONFLICT_DECLARED", review, supplier.orgUnitId(),
                "Conflict-of-interest declaration on review " + review.getPeriod() + " of " + supplier.name(), Map.of(),
                text == null ? Map.of("conflict", conflict) : Map.of("conflict", conflict, "note", text));
        return view(review, supplier, true);
    }

    /**
     * The evaluator's scores, criterion code → 0..100 or {@code null} for "no data"; replaces their
     * earlier scores. Needs a "no conflict" declaration first.
     */
    public ReviewView score(UUID reviewId, Map<String, Integer> input) {
        Review review = openReview(reviewId);
        SupplierView supplier = suppliers.get(review.getSupplierId());
        requireEvaluatorRights(supplier);
        UUID user = currentUser();
        Review.Evaluator evaluator = review.evaluator(user).orElseThrow(() -> new VigilException(
                HttpStatus.FORBIDDEN, "declaration-required", "supplier.error.declarationRequired"));
        if (evaluator.conflict()) {
            throw new VigilException(HttpStatus.FORBIDDEN, "conflict-of-interest", "supplier.error.conflictOfInterest");
        }
        Set<String> codes = criteria().stream().map(CriterionView::code)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> scores = input == null ? Map.of() : input;
        if (scores.isEmpty()) {
            problems.add(new FieldProblem("scores", "supplier.error.required"));
        }
        scores.forEach((code, value) -> {
            if (!codes.contains(code)) {
                problems.add(new FieldProblem("scores." + code, "supplier.review.error.unknownCriterion", code));
            } else if (value != null && (value < 0 || value > 100)) {
                problems.add(new FieldProblem("scores." + code, "supplier.review.error.scoreRange", value));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        Map<String, Integer> complete = new LinkedHashMap<>();
        codes.forEach(code -> complete.put(code, scores.get(code)));
        review.score(user, complete, clock.instant());
        reviews.flush();
        audit("SCORED", review, supplier.orgUnitId(), "Scores on review " + review.getPeriod() + " of " + supplier.name(),
                Map.of(), new LinkedHashMap<>(complete));
        return view(review, supplier, true);
    }

    /** Records a confirmed red-line event: the review will be grade D whatever the score. */
    public ReviewView recordRedLine(UUID reviewId, String kind, String description) {
        Review review = openReview(reviewId);
        SupplierView supplier = suppliers.get(review.getSupplierId());
        require(WRITE, supplier);
        List<FieldProblem> problems = new ArrayList<>();
        RedLineKind parsed = null;
        try {
            parsed = kind == null ? null : RedLineKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (parsed == null) {
            problems.add(new FieldProblem("kind", "supplier.review.error.redLineKind", String.valueOf(kind)));
        }
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "supplier.error.required"));
        } else if (description.length() > 1000) {
            problems.add(new FieldProblem("description", "supplier.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        review.addRedLine(parsed, description.strip(), currentUser(), clock.instant());
        reviews.flush();
        audit("RED_LINE_RECORDED", review, supplier.orgUnitId(), "Red-line event " + parsed + " on review "
                + review.getPeriod() + " of " + supplier.name(), Map.of(),
                Map.of("kind", parsed.name(), "description", description.strip()));
        return view(review, supplier, true);
    }

    /**
     * Completes the review: computes the weighted mean, applies a red-line override, grades it and
     * writes the immutable snapshot. Needs {@code min-evaluators} scoring evaluators, at least one of
     * them not the supplier's owner (the owner alone would be marking their own supplier).
     */
    public ReviewView complete(UUID reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(ENTITY, reviewId));
        SupplierView supplier = suppliers.get(review.getSupplierId());
        require(WRITE, supplier);
        if (review.getState() != Review.State.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "review-completed", "supplier.review.error.notOpen",
                    review.getState().name());
        }
        Set<UUID> scorers = review.getScores().stream().map(Review.Score::userId).collect(Collectors.toSet());
        boolean redLine = !review.getRedLines().isEmpty();
        if (!redLine) {
            if (scorers.size() < settings.minEvaluators()) {
                throw new VigilException(HttpStatus.CONFLICT, "review-needs-evaluators",
                        "supplier.review.error.needsEvaluators", settings.minEvaluators());
            }
            if (supplier.ownerId() != null && scorers.stream().allMatch(supplier.ownerId()::equals)) {
                throw new VigilException(HttpStatus.CONFLICT, "owner-sole-evaluator",
                        "supplier.review.error.ownerSoleEvaluator");
            }
        }
        List<CriterionView> scorecard = criteria();
        ReviewScoring.Result result = compute(scorecard, review);
        if (!result.hasData() && !redLine) {
            throw new VigilException(HttpStatus.CONFLICT, "review-no-data", "supplier.review.error.noData");
        }
        Review.RedLine deciding = redLine ? review.getRedLines().get(0) : null;
        Grade grade = deciding != null ? Grade.D : settings.gradeOf(result.score());
        Instant now = clock.instant();
        review.complete(result.score(), grade, grade.proposal(), now);
        String redLineText = deciding == null ? null : deciding.kind() + ": " + deciding.description();
        UUID user = currentUser();
        snapshots.save(new ReviewSnapshot(review, redLineText, snapshotJson(scorecard, result, scoresByEvaluator(review),
                redLineViews(review)), user, now));
        reviews.flush();
        tasks.fulfil(related(review), "Review completed: grade " + grade);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("score", result.score() == null ? "-" : result.score());
        after.put("grade", grade.name());
        after.put("proposal", grade.proposal() == null ? KEEP : grade.proposal().name());
        if (redLineText != null) {
            after.put("redLine", redLineText);
        }
        audit("COMPLETED", review, supplier.orgUnitId(), "Review " + review.getPeriod() + " of " + supplier.name()
                + " completed: grade " + grade, Map.of("state", "OPEN"), after);
        return view(review, supplier, true);
    }

    /**
     * Confirms the proposal ({@code status} null) or overrides it with a reason. A change of
     * classification goes through the transition table: an illegal one is 409 naming the allowed
     * ones and nothing is recorded.
     */
    public ReviewView confirm(UUID reviewId, String status, String reason, String reasonCode) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(ENTITY, reviewId));
        SupplierView supplier = suppliers.get(review.getSupplierId());
        require(APPROVE, supplier);
        if (review.getState() != Review.State.COMPLETED) {
            throw new VigilException(HttpStatus.CONFLICT, "review-not-completed", "supplier.review.error.notCompleted",
                    review.getState().name());
        }
        String proposal = review.getProposal() == null ? KEEP : review.getProposal().name();
        String decision = status == null || status.isBlank() ? proposal : status.strip().toUpperCase(java.util.Locale.ROOT);
        SupplierStatus target = null;
        if (!KEEP.equals(decision)) {
            try {
                target = SupplierStatus.valueOf(decision);
            } catch (IllegalArgumentException e) {
                throw new InvalidSupplierException(List.of(new FieldProblem("status", "supplier.review.error.decision",
                        decision)));
            }
        }
        boolean overridden = !decision.equals(proposal);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (overridden && why == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.review.error.overrideReason")));
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.tooLong", 1000)));
        }
        String outcome = "UNCHANGED";
        if (target != null && target != supplier.status()) {
            String statusReason = "Review " + review.getPeriod() + ": grade " + review.getGrade()
                    + (review.getScore() == null ? "" : " (" + review.getScore() + ")") + (why == null ? "" : " — " + why);
            SupplierStatusService.Outcome changed = statuses.request(supplier.id(), target,
                    statusReason.length() > 500 ? statusReason.substring(0, 500) : statusReason, reasonCode, null);
            outcome = changed.pending() == null ? "APPLIED" : "PENDING_APPROVAL";
        }
        Instant now = clock.instant();
        decisions.save(new ReviewDecision(review.getId(), proposal, decision, overridden, outcome, why, currentUser(),
                now));
        review.confirm(decision, now);
        reviews.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposal", proposal);
        after.put("decision", decision);
        after.put("outcome", outcome);
        if (why != null) {
            after.put("reason", why);
        }
        audit(overridden ? "OVERRIDDEN" : "CONFIRMED", review, supplier.orgUnitId(), "Review " + review.getPeriod()
                + " of " + supplier.name() + ": " + decision + (overridden ? " (proposal " + proposal + ")" : ""),
                Map.of("state", "COMPLETED"), after);
        return view(review, supplier, true);
    }

    /** The stored snapshot of a completed review, as written. */
    @Transactional(readOnly = true)
    public Map<String, Object> snapshot(UUID reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(ENTITY, reviewId));
        suppliers.get(review.getSupplierId());
        ReviewSnapshot s = snapshots.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(
                "SupplierReviewSnapshot", reviewId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reviewId", s.getReviewId());
        out.put("score", s.getScore());
        out.put("grade", s.getGrade());
        out.put("proposal", s.getProposal());
        out.put("redLine", s.getRedLine());
        out.put("completedAt", s.getCompletedAt());
        out.put("completedBy", name(s.getCompletedBy()));
        out.put("content", JSON.readValue(s.getContent(), new TypeReference<Map<String, Object>>() { }));
        decisions.findById(reviewId).ifPresent(d -> out.put("decision", decisionView(d)));
        return out;
    }

    /** The snapshot's JSON: scorecard, why-this-score lines, every evaluator's scores and the red-line events. */
    static String snapshotJson(List<CriterionView> scorecard, ReviewScoring.Result result,
            Map<String, Map<String, Integer>> scoresByEvaluator, List<ReviewView.RedLineView> redLines) {
        return JSON.writeValueAsString(new SnapshotContent(scorecard, result.lines(), scoresByEvaluator, redLines));
    }

    static RelatedRecord related(Review review) {
        return new RelatedRecord("supplier", ENTITY, review.getId().toString(), "/suppliers/reviews/" + review.getId());
    }

    private ReviewView view(Review review, SupplierView supplier, boolean full) {
        List<CriterionView> scorecard = criteria();
        ReviewScoring.Result result;
        String redLine = null;
        Optional<ReviewSnapshot> snapshot = review.getState() == Review.State.OPEN ? Optional.empty()
                : snapshots.findById(review.getId());
        if (snapshot.isPresent()) {
            SnapshotContent content = JSON.readValue(snapshot.get().getContent(), SnapshotContent.class);
            scorecard = content.criteria();
            result = new ReviewScoring.Result(snapshot.get().getScore(), content.lines());
            redLine = snapshot.get().getRedLine();
        } else {
            result = compute(scorecard, review);
        }
        List<ReviewView.EvaluatorView> evaluators = List.of();
        List<ReviewView.RedLineView> redLines = List.of();
        ReviewView.DecisionView decision = null;
        List<SupplierFact> facts = List.of();
        if (full) {
            Map<UUID, Map<String, Integer>> byEvaluator = scoresByUser(review);
            evaluators = review.getEvaluators().stream().map(e -> new ReviewView.EvaluatorView(e.userId(),
                    name(e.userId()), e.conflict(), e.note(), e.declaredAt(),
                    byEvaluator.getOrDefault(e.userId(), Map.of()), byEvaluator.containsKey(e.userId()))).toList();
            redLines = redLineViews(review);
            decision = review.getState() == Review.State.CONFIRMED
                    ? decisions.findById(review.getId()).map(this::decisionView).orElse(null) : null;
            facts = facts(review.getSupplierId());
        }
        return new ReviewView(review.getId(), supplier.id(), supplier.name(), supplier.nameEn(), supplier.status(),
                supplier.ownerId(), review.getPeriod(), review.getPeriodStart(), review.getDueDate(),
                review.getState().name(), overdue(review), review.getScore(), review.getGrade(), review.getProposal(),
                redLine, scorecard, result, evaluators, redLines, decision, facts, review.getOpenedAt(),
                review.getCompletedAt(), review.getVersion());
    }

    private List<SupplierFact> facts(UUID supplierId) {
        List<SupplierFact> all = new ArrayList<>();
        for (SupplierFactsProvider provider : factsProviders) {
            try {
                all.addAll(provider.factsFor(supplierId));
            } catch (RuntimeException e) {
                log.warn("Supplier facts provider {} failed: {}", provider.getClass().getSimpleName(), e.toString());
            }
        }
        return all;
    }

    boolean overdue(Review review) {
        return review.getState() == Review.State.OPEN && review.getDueDate().isBefore(LocalDate.now(clock));
    }

    private ReviewView.DecisionView decisionView(ReviewDecision d) {
        return new ReviewView.DecisionView(d.getProposal(), d.getDecision(), d.isOverridden(), d.getOutcome(),
                d.getReason(), name(d.getDecidedBy()), d.getDecidedAt());
    }

    private List<ReviewView.RedLineView> redLineViews(Review review) {
        return review.getRedLines().stream().map(r -> new ReviewView.RedLineView(r.id(), r.kind().name(),
                r.description(), name(r.recordedBy()), r.recordedAt())).toList();
    }

    static ReviewScoring.Result compute(List<CriterionView> scorecard, Review review) {
        return ReviewScoring.compute(scorecard.stream().map(c -> new ReviewScoring.Criterion(c.code(), c.weight()))
                .toList(), scoresByUser(review));
    }

    private static Map<UUID, Map<String, Integer>> scoresByUser(Review review) {
        Map<UUID, Map<String, Integer>> byUser = new LinkedHashMap<>();
        for (Review.Score s : review.getScores()) {
            byUser.computeIfAbsent(s.userId(), k -> new LinkedHashMap<>()).put(s.criterion(), s.score());
        }
        return byUser;
    }

    private Map<String, Map<String, Integer>> scoresByEvaluator(Review review) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        scoresByUser(review).forEach((user, scores) -> out.put(user + " " + name(user), scores));
        return out;
    }

    private String name(UUID userId) {
        return userId == null ? null : users.find(userId).map(UserSummary::displayName).orElse(userId.toString());
    }

    private Review openReview(UUID reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(ENTITY, reviewId));
        if (review.getState() != Review.State.OPEN) {
            suppliers.get(review.getSupplierId());
            throw new VigilException(HttpStatus.CONFLICT, "review-completed", "supplier.review.error.notOpen",
                    review.getState().name());
        }
        return review;
    }

    private void require(String permission, SupplierView supplier) {
        if (!scope.canAccess(permission, supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
    }

    private void requireEvaluatorRights(SupplierView supplier) {
        if (!scope.canAccess(WRITE, supplier.orgUnitId()) && !scope.canAccess(APPROVE, supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
    }

    private void audit(String action, Review review, UUID orgUnitId, String summary, Map<String, ?> before,
            Map<String, ?> after) {
        events.publishEvent(AuditableEvent.change(action, ENTITY, review.getId(), orgUnitId, summary,
                new LinkedHashMap<>(before), withSupplier(review, after))
                .relatedTo(SupplierService.ENTITY, review.getSupplierId()));
    }

    private static Map<String, Object> withSupplier(Review review, Map<String, ?> after) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("supplierId", review.getSupplierId().toString());
        out.put("period", review.getPeriod());
        after.forEach((k, v) -> out.put(k, v == null ? "-" : v));
        return out;
    }

    static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
