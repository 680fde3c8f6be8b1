package io.vigil.supplier.internal.review;

import io.vigil.identity.Role;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.SupplierStatus;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: two completed review periods for about 120 suppliers (yearly, or half-yearly for
 * critical ones) whose scores match their classification with a realistic spread over every grade,
 * a red-line case, reviews waiting for confirmation, overdue ones, the current period's open reviews
 * (some in progress), and rectification plans for the RECTIFYING suppliers with actions in every
 * state. Seeded, so every run shows the same data; skipped when reviews exist.
 */
@Component
@Profile("demo")
@Order(45)
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    private static final int REVIEWED = 120;

    private final ReviewRepository reviews;
    private final ReviewCriterionRepository criteria;
    private final ReviewSnapshotRepository snapshots;
    private final ReviewDecisionRepository decisions;
    private final RectificationPlanRepository plans;
    private final ReviewSuppliers suppliers;
    private final ReviewCycleService cycle;
    private final ReviewSettings settings;
    private final UserDirectory users;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewDemoData(ReviewRepository reviews, ReviewCriterionRepository criteria, ReviewSnapshotRepository snapshots,
            ReviewDecisionRepository decisions, RectificationPlanRepository plans, ReviewSuppliers suppliers,
            ReviewCycleService cycle, ReviewSettings settings, UserDirectory users, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.decisions = decisions;
        this.plans = plans;
        this.suppliers = suppliers;
        this.cycle = cycle;
        this.settings = settings;
        this.users = users;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID officer = users.findByUsername("procofficer").map(UserSummary::id).orElse(null);
        UUID manager = users.findByUsername("procmanager").map(UserSummary::id).orElse(null);
        if (officer == null || manager == null || reviews.count() > 0) {
            return;
        }
        List<ReviewSuppliers.SupplierRef> all = suppliers.withStatus(List.of("PREFERRED", "RECTIFYING", "UNQUALIFIED",
                "SUSPENDED", "BLACKLISTED", "QUALIFIED"));
        if (all.isEmpty()) {
            return;
        }
        List<ReviewSuppliers.SupplierRef> chosen = new ArrayList<>(all.stream()
                .filter(s -> s.status() != SupplierStatus.QUALIFIED).limit(REVIEWED / 2).toList());
        all.stream().filter(s -> s.status() == SupplierStatus.QUALIFIED).limit(REVIEWED - chosen.size())
                .forEach(chosen::add);
        List<CriterionView> scorecard = criteria.findByActiveTrueOrderBySortOrderAsc().stream()
                .map(ReviewCriterion::view).toList();
        Random random = new Random(20261128);
        LocalDate today = LocalDate.now(clock);
        int completed = 0;
        boolean redLineDone = false;
        List<UUID> overdueKept = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ReviewSuppliers.SupplierRef s = chosen.get(i);
            boolean half = settings.halfYearly(s.tier());
            ReviewPeriod current = ReviewPeriod.of(today, half);
            ReviewPeriod latest = ReviewPeriod.of(current.start().minusDays(1), half);
            ReviewPeriod earlier = ReviewPeriod.of(latest.start().minusDays(1), half);
            // a few critical suppliers never finished last half year's review: it shows as overdue
            boolean leaveOverdue = half && overdueKept.size() < 4 && i % 3 == 0;
            boolean redLine = !redLineDone && s.status() == SupplierStatus.BLACKLISTED;
            redLineDone |= redLine;
            complete(s, earlier, scorecard, random, officer, manager, false, false, false);
            if (leaveOverdue) {
                reviews.save(new Review(s.id(), latest, instant(latest.start())));
                overdueKept.add(s.id());
                completed++;
                continue;
            } else {
                boolean awaitingConfirmation = i % 11 == 5;
                complete(s, latest, scorecard, random, officer, manager, true, awaitingConfirmation, redLine);
                completed += 2;
            }
        }
        reviews.flush();
        // every RECTIFYING supplier has a plan, reviewed in the demo or not
        List<ReviewSuppliers.SupplierRef> rectifying = all.stream()
                .filter(s -> s.status() == SupplierStatus.RECTIFYING).toList();
        rectificationPlans(rectifying, officer, random);
        portalHistory(manager);
        ReviewCycleService.CycleRun run = cycle.openDueReviews();
        inProgress(officer, manager, scorecard, random);
        events.publishEvent(AuditableEvent.change("IMPORTED", ReviewService.ENTITY, null, null,
                "Demo data: " + completed + " supplier reviews, " + run.opened() + " open for the current period",
                Map.of(), Map.of("reviews", completed, "opened", run.opened(), "plans", rectifying.size()))
                .byActor("demo-data"));
        log.info("Demo data: {} completed supplier reviews, {} open, {} rectification plans", completed, run.opened(),
                rectifying.size());
    }

    /** The score a supplier's latest review should land near, given how it is classified today. */
    private static double target(SupplierStatus status, Random random) {
        return switch (status) {
            case PREFERRED -> 91 + random.nextDouble() * 6;
            case QUALIFIED -> random.nextInt(10) == 0 ? 90 + random.nextDouble() * 4 : 76 + random.nextDouble() * 13;
            case RECTIFYING -> 61 + random.nextDouble() * 12;
            case SUSPENDED -> 55 + random.nextDouble() * 12;
            default -> 40 + random.nextDouble() * 17;
        };
    }

    private void complete(ReviewSuppliers.SupplierRef s, ReviewPeriod period, List<CriterionView> scorecard,
            Random random, UUID officer, UUID manager, boolean latest, boolean awaitingConfirmation, boolean redLine) {
        Instant opened = instant(period.start());
        Instant completedAt = min(instant(period.end().plusDays(12 + random.nextInt(10))), clock.instant().minus(Duration.ofDays(3)));
        Review review = new Review(s.id(), period, opened);
        double centre = target(s.status(), random) + (latest ? 0 : random.nextGaussian() * 7);
        for (UUID evaluator : List.of(officer, manager)) {
            review.declare(evaluator, false, null, opened.plus(Duration.ofDays(20)));
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (CriterionView c : scorecard) {
                boolean noData = random.nextInt(12) == 0;
                scores.put(c.code(), noData ? null
                        : (int) Math.max(0, Math.min(100, Math.round(centre + random.nextGaussian() * 5))));
            }
            review.score(evaluator, scores, opened.plus(Duration.ofDays(25)));
        }
        if (redLine) {
            review.addRedLine(RedLineKind.BRIBERY, "Sales representative offered shopping cards to the data centre site "
                    + "manager; confirmed by internal investigation case INV-2026-017", manager, completedAt.minus(Duration.ofDays(2)));
        }
        ReviewScoring.Result result = ReviewService.compute(scorecard, review);
        Grade grade = redLine ? Grade.D : settings.gradeOf(result.score());
        review.complete(result.score(), grade, grade.proposal(), completedAt);
        Map<String, Map<String, Integer>> byEvaluator = new LinkedHashMap<>();
        review.getScores().forEach(sc -> byEvaluator.computeIfAbsent(sc.userId() + (sc.userId().equals(officer)
                ? " Sun Li" : " Zhao Lei"), k -> new LinkedHashMap<>()).put(sc.criterion(), sc.score()));
        List<ReviewView.RedLineView> redLines = review.getRedLines().stream().map(r -> new ReviewView.RedLineView(r.id(),
                r.kind().name(), r.description(), "Zhao Lei", r.recordedAt())).toList();
        String redLineText = redLine ? RedLineKind.BRIBERY + ": " + review.getRedLines().get(0).description() : null;
        reviews.save(review);
        reviews.flush();
        snapshots.save(new ReviewSnapshot(review, redLineText, ReviewService.snapshotJson(scorecard, result,
                byEvaluator, redLines), officer, completedAt));
        if (awaitingConfirmation) {
            return;
        }
        String proposal = grade.proposal() == null ? ReviewService.KEEP : grade.proposal().name();
        String decision = proposal;
        String reason = null;
        if (latest && !ReviewService.KEEP.equals(proposal) && !proposal.equals(s.status().name())) {
            // the classification people chose differs from the proposal: an override with a reason
            decision = s.status() == SupplierStatus.QUALIFIED ? ReviewService.KEEP : s.status().name();
            reason = switch (s.status()) {
                case QUALIFIED -> "One strong period is not enough: keep QUALIFIED until the next review confirms it";
                case BLACKLISTED -> "Bribery confirmed by the investigation: blacklisted (approved by the committee)";
                case SUSPENDED -> "Suspended while the corrective actions are checked on site";
                default -> "Decided by the supplier committee after hearing the supplier";
            };
        }
        String outcome = ReviewService.KEEP.equals(decision) ? "UNCHANGED" : "APPLIED";
        Instant decidedAt = min(completedAt.plus(Duration.ofDays(4)), clock.instant().minus(Duration.ofDays(1)));
        decisions.save(new ReviewDecision(review.getId(), proposal, decision, reason != null, outcome, reason, manager,
                decidedAt));
        review.confirm(decision, decidedAt);
    }

    /** Plans for the RECTIFYING suppliers, with actions open, answered, done and overdue. */
    private void rectificationPlans(List<ReviewSuppliers.SupplierRef> rectifying, UUID officer, Random random) {
        LocalDate today = LocalDate.now(clock);
        String[][] actions = {
                {"Replace the two failed UPS battery strings at site SH-02 and send the test report", "Battery strings replaced on 12 Nov; load test report attached to the e-mail of 14 Nov."},
                {"Train the on-site team on the change-freeze rules (attendance list)", "Training held on 5 Nov for 14 engineers; attendance list sent."},
                {"Provide the ISO 27001 surveillance audit report", null},
                {"Agree a response time of 4 hours for P1 incidents in the SLA annex", null}};
        for (int i = 0; i < rectifying.size(); i++) {
            ReviewSuppliers.SupplierRef s = rectifying.get(i);
            UUID reviewId = reviews.findBySupplierIdOrderByPeriodStartDescPeriodDesc(s.id()).stream()
                    .filter(r -> r.getState() != Review.State.OPEN).map(Review::getId).findFirst().orElse(null);
            RectificationPlan plan = new RectificationPlan(s.id(), reviewId, List.of(
                    "Product quality / 产品质量: repeated DOA rate above 3 % in the last period",
                    "Contract performance capability / 合同履约能力: 4 deliveries late by more than 5 working days"),
                    today.plusDays(30 + i * 7L % 60), clock.instant().minus(Duration.ofDays(40 - i % 20)));
            int count = 2 + i % 3;
            for (int a = 0; a < count; a++) {
                String[] text = actions[(i + a) % actions.length];
                LocalDate deadline = (i + a) % 5 == 0 ? today.minusDays(6) : today.plusDays(10 + 7L * a);
                RectificationAction action = plan.addAction(text[0], a == 0 ? officer : null, deadline);
                int state = (i + a) % 3;
                if (state >= 1 && text[1] != null) {
                    action.respond(text[1], clock.instant().minus(Duration.ofDays(3)));
                    if (state == 2) {
                        action.accept("Checked, thank you");
                    }
                }
            }
            plans.save(plan);
            plans.flush();
            tasks.open(new NewTask("Rectification of " + s.name(), "Follow up the actions and verify by "
                    + plan.getDueDate() + ".", RectificationService.TASK_KIND, s.orgUnitId(),
                    TaskOwner.role(Role.PROCUREMENT_OFFICER), RectificationService.planRecord(plan), plan.getDueDate(),
                    TaskPriority.HIGH));
            for (RectificationAction a : plan.getActions()) {
                if (a.getStatus() != RectificationAction.Status.DONE) {
                    tasks.open(new NewTask("Rectification action: " + a.getTitle(), "Rectification of " + s.name(),
                            RectificationService.TASK_KIND, s.orgUnitId(), a.getOwnerId() != null
                                    ? TaskOwner.user(a.getOwnerId()) : TaskOwner.role(Role.PROCUREMENT_OFFICER),
                            RectificationService.actionRecord(plan, a), a.getDeadline(), TaskPriority.NORMAL));
                }
            }
        }
    }

    /** The demo portal user's company went through a rectification last year and passed: the portal shows it. */
    private void portalHistory(UUID manager) {
        UUID contact = users.findByUsername("supplier").map(UserSummary::id).orElse(null);
        UUID supplierId = contact == null ? null : suppliers.linkedTo(contact).orElse(null);
        if (supplierId == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        RectificationPlan plan = new RectificationPlan(supplierId, null, List.of(
                "Information security and privacy protection / 信息安全与隐私保护: no data processing agreement on file"),
                today.minusMonths(7), clock.instant().minus(Duration.ofDays(300)));
        RectificationAction action = plan.addAction("Sign the data processing agreement (DPA) and send the signed copy",
                null, today.minusMonths(8));
        action.respond("Signed DPA sent by e-mail on 3 March, reference DPA-2026-031.",
                clock.instant().minus(Duration.ofDays(270)));
        action.accept("Received and filed");
        plan.verify(true, "DPA on file; verified by the procurement manager", manager,
                clock.instant().minus(Duration.ofDays(260)));
        plans.save(plan);
    }

    /** Some of the current period's reviews already have declarations and scores; one evaluator declared a conflict. */
    private void inProgress(UUID officer, UUID manager, List<CriterionView> scorecard, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<Review> open = reviews.findAll().stream().filter(r -> r.getState() == Review.State.OPEN
                && !r.getDueDate().isBefore(today)).limit(15).toList();
        for (int i = 0; i < open.size(); i++) {
            Review r = open.get(i);
            r.declare(officer, false, null, clock.instant().minus(Duration.ofDays(2)));
            Map<String, Integer> scores = new LinkedHashMap<>();
            int centre = 70 + random.nextInt(25);
            scorecard.forEach(c -> scores.put(c.code(), random.nextInt(10) == 0 ? null
                    : Math.min(100, centre + random.nextInt(11) - 5)));
            r.score(officer, scores, clock.instant().minus(Duration.ofDays(1)));
            if (i == 0) {
                r.declare(manager, true, "My brother-in-law is a sales director at this supplier",
                        clock.instant().minus(Duration.ofDays(1)));
            }
        }
        reviews.flush();
    }

    private Instant instant(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
