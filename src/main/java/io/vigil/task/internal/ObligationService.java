package io.vigil.task.internal;

import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.task.ObligationView;
import io.vigil.task.PeriodStatus;
import io.vigil.task.PeriodView;
import io.vigil.task.Recurrence;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring obligations: defining them, creating one task per period (catching up on periods that
 * began while Vigil was stopped) and settling each period as done or missed.
 */
@Service
public class ObligationService {

    /** A catch-up creates at most this many past periods per obligation and run; older ones are not back-filled. */
    static final int CATCH_UP_LIMIT = 100;
    private static final Logger log = LoggerFactory.getLogger(ObligationService.class);

    /** What the obligation form and API send; the cadence is always an RRULE by now. */
    public record ObligationDefinition(String code, String title, String titleZh, String description, String kind,
            String rrule, LocalDate startsOn, int deadlineDays, UUID orgUnitId, String scope, TaskOwner owner,
            TaskPriority priority) {
    }

    private final ObligationRepository obligations;
    private final ObligationPeriodRepository periods;
    private final TaskService tasks;
    private final DataScope scope;
    private final OrgUnits units;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ObligationService(ObligationRepository obligations, ObligationPeriodRepository periods, TaskService tasks,
            DataScope scope, OrgUnits units, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.obligations = obligations;
        this.periods = periods;
        this.tasks = tasks;
        this.scope = scope;
        this.units = units;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Defines an obligation as the current user, who must manage tasks in its unit. */
    @Transactional
    public ObligationView define(ObligationDefinition definition) {
        if (units.find(definition.orgUnitId()).isEmpty()
                || !scope.canAccess(TaskService.MANAGE, definition.orgUnitId())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.unit");
        }
        return defineTrusted(definition);
    }

    /** Defines an obligation without a permission check: seed data and other trusted callers. */
    @Transactional
    public ObligationView defineTrusted(ObligationDefinition d) {
        if (d.code() == null || !d.code().matches("[A-Z0-9_-]{2,64}") || obligations.existsByCode(d.code())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.code");
        }
        if (d.deadlineDays() < 0 || d.deadlineDays() > 366) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.deadline");
        }
        if (d.title() == null || d.title().isBlank() || d.title().length() > 300) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.title");
        }
        if (d.kind() == null || !d.kind().matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.kind");
        }
        if (d.owner() == null || d.startsOn() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.required");
        }
        try {
            Recurrence.parse(d.rrule(), d.startsOn());
        } catch (IllegalArgumentException e) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.rrule", e.getMessage());
        }
        Obligation obligation = obligations.save(new Obligation(d.code(), d.title(), d.titleZh(), d.description(),
                d.kind(), d.rrule(), d.startsOn(), d.deadlineDays(), d.orgUnitId(), d.scope(), d.owner(),
                d.priority(), clock.instant()));
        AuditableEvent audit = AuditableEvent.change("CREATED", "Obligation", obligation.getId(),
                obligation.getOrgUnitId(), "Obligation '" + d.title() + "' defined (" + obligation.toView().rrule() + ")",
                Map.of(), Map.of("code", d.code(), "rrule", obligation.toView().rrule(), "startsOn", d.startsOn().toString()));
        events.publishEvent(VigilPrincipal.current().isPresent() ? audit : audit.byActor("system"));
        return obligation.toView();
    }

    @Transactional(readOnly = true)
    public Page<ObligationView> visible(Pageable pageable) {
        return obligations.findByOrgUnitIdIn(scope.visibleUnits(TaskService.READ).forQuery(), pageable)
                .map(Obligation::toView);
    }

    @Transactional(readOnly = true)
    public ObligationView get(UUID id) {
        Obligation obligation = obligations.findById(id).orElseThrow(() -> new RecordNotFoundException("Obligation", id));
        scope.requireAccess(TaskService.READ, obligation.getOrgUnitId(), "Obligation", id);
        return obligation.toView();
    }

    @Transactional(readOnly = true)
    public Page<PeriodView> periodsOf(UUID obligationId, Pageable pageable) {
        Obligation obligation = obligations.findById(obligationId)
                .orElseThrow(() -> new RecordNotFoundException("Obligation", obligationId));
        scope.requireAccess(TaskService.READ, obligation.getOrgUnitId(), "Obligation", obligationId);
        return periods.findByObligationIdOrderByPeriodStartDesc(obligationId, pageable)
                .map(p -> view(p, obligation));
    }

    /** Periods due in {@code [from, to]} in the units where the caller reads tasks: the calendar. */
    @Transactional(readOnly = true)
    public List<PeriodView> dueBetween(LocalDate from, LocalDate to) {
        List<ObligationPeriod> found = periods.findDueBetween(scope.visibleUnits(TaskService.READ).forQuery(), from, to);
        Map<UUID, Obligation> byId = obligations.findAllById(found.stream().map(ObligationPeriod::getObligationId)
                .distinct().toList()).stream().collect(Collectors.toMap(Obligation::getId, Function.identity()));
        return found.stream().map(p -> view(p, byId.get(p.getObligationId()))).toList();
    }

    @Transactional(readOnly = true)
    public Page<PeriodView> missed(Pageable pageable) {
        Page<ObligationPeriod> page = periods.findByStatusInUnits(scope.visibleUnits(TaskService.READ).forQuery(),
                PeriodStatus.MISSED, pageable);
        Map<UUID, Obligation> byId = obligations.findAllById(page.getContent().stream()
                .map(ObligationPeriod::getObligationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Obligation::getId, Function.identity()));
        return page.map(p -> view(p, byId.get(p.getObligationId())));
    }

    /** Creates the task of every period that has begun and has none yet; returns how many were created. */
    public int createDuePeriods() {
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (Obligation obligation : transactions.execute(status -> obligations.findByActiveTrue())) {
            try {
                Integer count = transactions.execute(status -> createPeriods(obligation.getId(), today));
                created += count == null ? 0 : count;
            } catch (RuntimeException e) {
                // one broken obligation must not stop the others; the next run retries it
                log.warn("Could not create periods of obligation {}: {}", obligation.getCode(), e.toString());
            }
        }
        return created;
    }

    private int createPeriods(UUID obligationId, LocalDate today) {
        Obligation obligation = obligations.findById(obligationId).orElseThrow();
        LocalDate last = periods.lastPeriodStart(obligationId);
        LocalDate from = last == null ? obligation.getStartsOn() : last.plusDays(1);
        List<LocalDate> starts = obligation.recurrence().between(from, today);
        if (starts.size() > CATCH_UP_LIMIT) {
            starts = starts.subList(starts.size() - CATCH_UP_LIMIT, starts.size());
        }
        int created = 0;
        for (LocalDate start : starts) {
            if (periods.existsByObligationIdAndPeriodStart(obligationId, start)) {
                continue;
            }
            UUID periodId = UUID.randomUUID();
            Task task = tasks.create(obligation.taskFor(periodId, start));
            periods.saveAndFlush(new ObligationPeriod(periodId, obligationId, start,
                    start.plusDays(obligation.getDeadlineDays()), task.getId()));
            created++;
        }
        return created;
    }

    /** Marks open periods done (task completed by the deadline) or missed (deadline passed); returns how many missed. */
    @Transactional
    public int settlePeriods() {
        LocalDate today = LocalDate.now(clock);
        int missed = 0;
        for (Object[] row : periods.findSettleable(today)) {
            ObligationPeriod period = (ObligationPeriod) row[0];
            Task task = (Task) row[1];
            if (period.settle(task, today, clock.getZone(), clock.instant()) && period.getStatus() == PeriodStatus.MISSED) {
                missed++;
                events.publishEvent(AuditableEvent.change("PERIOD_MISSED", "ObligationPeriod", period.getId(),
                        task.getOrgUnitId(), "Period starting " + period.getPeriodStart() + " of '" + task.getTitle()
                                + "' missed its deadline " + period.getDueDate(),
                        Map.of("status", "OPEN"), Map.of("status", "MISSED")).byActor("system"));
            }
        }
        return missed;
    }

    private static PeriodView view(ObligationPeriod p, Obligation o) {
        return new PeriodView(p.getId(), p.getObligationId(), o == null ? null : o.getCode(),
                o == null ? null : o.getTitle(), p.getPeriodStart(), p.getDueDate(), p.getTaskId(), p.getStatus());
    }
}
