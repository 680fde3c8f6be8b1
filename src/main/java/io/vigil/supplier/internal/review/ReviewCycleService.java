package io.vigil.supplier.internal.review;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review cycles per criticality tier: the half-yearly tiers (default CRITICAL) get a review for
 * every half year, the others one a year. Run daily by {@link ReviewCycleJob}; opening is idempotent
 * (one review per supplier and period, enforced by a unique key too), each with a task for the
 * supplier's owner (or the PROCUREMENT_OFFICER role) due when the period ends.
 */
@Service
@Transactional
public class ReviewCycleService {

    public record CycleRun(int opened, long overdue) {
    }

    private final ReviewRepository reviews;
    private final ReviewSuppliers suppliers;
    private final ReviewSettings settings;
    private final Tasks tasks;
    private final JdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    ReviewCycleService(ReviewRepository reviews, ReviewSuppliers suppliers, ReviewSettings settings, Tasks tasks,
            JdbcTemplate jdbc, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.suppliers = suppliers;
        this.settings = settings;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the reviews of the periods running today that do not exist yet; counts the overdue ones. */
    public CycleRun openDueReviews() {
        LocalDate today = LocalDate.now(clock);
        List<CriticalityTier> half = new ArrayList<>();
        List<CriticalityTier> yearly = new ArrayList<>();
        Arrays.stream(CriticalityTier.values()).forEach(t -> (settings.halfYearly(t) ? half : yearly).add(t));
        int opened = open(half, ReviewPeriod.halfYearOf(today)) + open(yearly, ReviewPeriod.yearOf(today));
        Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM supplier_review WHERE state = 'OPEN' AND due_date < ?",
                Long.class, today);
        return new CycleRun(opened, overdue == null ? 0 : overdue);
    }

    private int open(List<CriticalityTier> tiers, ReviewPeriod period) {
        int opened = 0;
        for (ReviewSuppliers.SupplierRef s : suppliers.withoutReview(tiers, period.code())) {
            Review review = reviews.save(new Review(s.id(), period, clock.instant()));
            TaskOwner owner = s.ownerId() != null ? TaskOwner.user(s.ownerId())
                    : TaskOwner.role(Role.PROCUREMENT_OFFICER);
            tasks.open(new NewTask("Review " + period.code() + ": " + s.name(),
                    "Performance and ESG review of " + s.name() + " for " + period.code()
                            + ": evaluators declare conflicts of interest, score the scorecard, then complete it.",
                    ReviewService.TASK_KIND, s.orgUnitId(), owner, ReviewService.related(review), period.end(),
                    s.tier() == CriticalityTier.CRITICAL ? TaskPriority.HIGH : TaskPriority.NORMAL));
            events.publishEvent(AuditableEvent.change("OPENED", ReviewService.ENTITY, review.getId(), s.orgUnitId(),
                    "Review " + period.code() + " of " + s.name() + " opened by the review cycle", Map.of(),
                    Map.of("supplierId", s.id().toString(), "period", period.code(), "dueDate",
                            period.end().toString())).byActor("system").relatedTo(SupplierService.ENTITY, s.id()));
            opened++;
        }
        reviews.flush();
        return opened;
    }
}
