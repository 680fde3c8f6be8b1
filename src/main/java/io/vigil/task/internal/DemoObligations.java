package io.vigil.task.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.task.Recurrence;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.internal.ObligationService.ObligationDefinition;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: the recurring obligations the seed document names. Idempotent (skips codes that
 * exist); units {@code SEC} and {@code ITOPS} when the demo tree has them, else the root.
 */
@Component
@Profile("demo")
@Order(30)
class DemoObligations implements ApplicationRunner {

    private final ObligationService obligations;
    private final ObligationRepository repository;
    private final OrgUnits units;
    private final Clock clock;

    DemoObligations(ObligationService obligations, ObligationRepository repository, OrgUnits units, Clock clock) {
        this.obligations = obligations;
        this.repository = repository;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        UUID security = unit("SEC");
        UUID operations = unit("ITOPS");
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        define(new ObligationDefinition("WEEKLY-SENSITIVE-OPS-AUDIT", "Weekly audit of sensitive operations on critical systems",
                "关键系统敏感操作每周审计", "Review the privileged and sensitive operations logged on critical systems last week.",
                "SECURITY_AUDIT", Recurrence.weeklyOn(DayOfWeek.MONDAY), monday, 4, security, "Critical systems",
                TaskOwner.role(Role.SECURITY_OFFICER), TaskPriority.HIGH));
        define(new ObligationDefinition("MONTHLY-VULN-SCAN", "Monthly vulnerability scan", "每月漏洞扫描",
                "Scan all internet-facing and critical internal systems; triage the findings.", "VULNERABILITY_SCAN",
                Recurrence.monthlyOn(1), today.withDayOfMonth(1), 10, operations, "All production systems",
                TaskOwner.role(Role.SECURITY_OFFICER), TaskPriority.HIGH));
        define(new ObligationDefinition("QUARTERLY-PENTEST", "Quarterly penetration test", "每季度渗透测试",
                "Commission and review a penetration test of the critical systems.", "PENETRATION_TEST",
                Recurrence.quarterlyOn(1), today.withDayOfMonth(1), 30, security, "Critical systems",
                TaskOwner.role(Role.CISO), TaskPriority.HIGH));
        define(new ObligationDefinition("DAILY-OFFICE-NET-MONITORING", "Daily monitoring of the office network",
                "办公网络每日监控", "Check the office network monitoring dashboards and alerts.", "NETWORK_MONITORING",
                Recurrence.daily(), today, 0, operations, "Office network",
                TaskOwner.role(Role.SECURITY_OFFICER), TaskPriority.NORMAL));
        // a visitor should see this period's tasks on the calendar now, not at the job's next tick
        obligations.createDuePeriods();
        obligations.settlePeriods();
    }

    private void define(ObligationDefinition definition) {
        if (!repository.existsByCode(definition.code())) {
            obligations.defineTrusted(definition);
        }
    }

    private UUID unit(String code) {
        return units.findByCode(code).or(() -> units.findByCode("GROUP")).map(OrgUnitView::id).orElseThrow();
    }
}
