package io.vigil.compliance.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: a year of audits per data-centre site — quarterly internal IT audits, an external IT
 * audit, a PIPL compliance audit, the ISO/IEC 27001 surveillance audit (in fieldwork now, the demo
 * auditor named as external auditor) and the coming MLPS classified-protection assessment — with
 * findings of every severity and corrective actions open, overdue, implemented, closed and found
 * ineffective. Skipped for a site that already has audits.
 */
@Component
@Profile("demo")
@Order(61)
class AuditDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditDemoData.class);
    private static final List<String> SITES = List.of("DC-BJ", "DC-SH", "DC-GZ");

    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final FrameworkRepository frameworks;
    private final ComplianceAuditRepository audits;
    private final AuditFindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final Tasks tasks;
    private final Clock clock;

    AuditDemoData(OrgUnits orgUnits, UserDirectory users, FrameworkRepository frameworks,
            ComplianceAuditRepository audits, AuditFindingRepository findings, CorrectiveActionRepository actions,
            Tasks tasks, Clock clock) {
        this.orgUnits = orgUnits;
        this.users = users;
        this.frameworks = frameworks;
        this.audits = audits;
        this.findings = findings;
        this.actions = actions;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID iso = frameworks.findByCode("ISO27001").map(Framework::id).orElse(null);
        UUID pipl = frameworks.findByCode("PIPL").map(Framework::id).orElse(null);
        UUID mlps = frameworks.findByCode("MLPS-L3").map(Framework::id).orElse(null);
        Set<UUID> external = users.findByUsername("auditor").map(UserSummary::id).map(Set::of).orElse(Set.of());
        int seeded = 0;
        for (String code : SITES) {
            OrgUnitView site = orgUnits.findByCode(code).orElse(null);
            if (site == null || audits.existsByScope(code)) {
                continue;
            }
            seed(site, iso, pipl, mlps, external);
            seeded++;
        }
        if (seeded > 0) {
            log.info("Audit demo data: a year of audits with findings and corrective actions for {} site(s)", seeded);
        }
    }

    private void seed(OrgUnitView site, UUID iso, UUID pipl, UUID mlps, Set<UUID> external) {
        LocalDate today = LocalDate.now(clock);
        String s = site.code();
        for (int q = 4; q >= 1; q--) {
            LocalDate start = today.minusMonths(3L * q).plusDays(7);
            Audit a = audit(site, "Internal IT audit Q" + (5 - q) + " " + s, Audit.Type.INTERNAL_IT, iso,
                    "Internal audit team (Zhang Min)", "Sample user access reviews, change tickets and backup logs.",
                    Set.of(), start, start.plusDays(2), Audit.Status.COMPLETED);
            AuditFinding f = finding(a, q % 2 == 0 ? AuditFinding.Severity.MINOR : AuditFinding.Severity.OBSERVATION,
                    "Quarterly access review evidence incomplete",
                    "Two of ten sampled accounts lacked a recorded review.");
            CorrectiveAction ca = action(a, f, "Access review not scheduled as a recurring task",
                    "Schedule monthly access reviews with the IAM export attached", start.plusDays(45));
            if (q > 1) {
                implement(ca, start.plusDays(30), "Recurring review task created; first review done");
                close(ca, f, "Three consecutive monthly reviews sampled, complete", start.plusDays(60));
            } else {
                implement(ca, start.plusDays(20), "Task created in the IAM team's calendar");
            }
            if (q == 2) {
                AuditFinding opp = finding(a, AuditFinding.Severity.OPPORTUNITY,
                        "Automate the review export", "The IAM export is assembled by hand every month.");
                action(a, opp, "Manual export", "Script the IAM export and attach it to the review task",
                        today.plusDays(30));
            }
        }

        LocalDate ext = today.minusMonths(6);
        Audit external6 = audit(site, "External IT general controls audit " + s, Audit.Type.EXTERNAL_IT, iso,
                "Big Four IT audit firm", "ITGC walkthroughs for the annual financial statement audit.", Set.of(),
                ext, ext.plusDays(4), Audit.Status.COMPLETED);
        AuditFinding major = finding(external6, AuditFinding.Severity.MAJOR,
                "Privileged accounts bypass the bastion host",
                "Three database administrators connected directly from their laptops.");
        CorrectiveAction block = action(external6, major, "Firewall rules allowed direct SSH from the office network",
                "Restrict SSH to the bastion host subnet", ext.plusDays(20));
        implement(block, ext.plusDays(15), "Firewall change CHG-2231 applied");
        close(block, null, "Re-test from an office laptop refused; bastion logs show all sessions", ext.plusDays(25));
        CorrectiveAction monitor = action(external6, major, "No alert on direct privileged logins",
                "Alert the SOC on privileged logins that do not come from the bastion", today.minusDays(10));
        implement(monitor, ext.plusDays(40), "SIEM rule deployed");
        monitor.verified("Test login from a jump server raised no alert", false, ext.plusDays(50), clock.instant());
        actions.save(monitor);
        openTask(external6, major, monitor);

        LocalDate comp = today.minusMonths(4);
        Audit compliance = audit(site, "PIPL compliance audit " + s, Audit.Type.COMPLIANCE, pipl,
                "Legal and compliance department", "Personal information processing records and retention.",
                Set.of(), comp, comp.plusDays(3), Audit.Status.COMPLETED);
        AuditFinding retention = finding(compliance, AuditFinding.Severity.MINOR,
                "CCTV footage kept beyond the stated retention",
                "Footage of 140 days found; the privacy notice states 90 days.");
        action(compliance, retention, "Retention not configured on the new NVR",
                "Configure 90-day retention on every NVR and check monthly", comp.plusDays(30));
        finding(compliance, AuditFinding.Severity.OBSERVATION, "Visitor log consent wording outdated",
                "The paper visitor log still cites the pre-PIPL wording.");

        Audit surveillance = audit(site, "ISO/IEC 27001 surveillance audit " + s, Audit.Type.SURVEILLANCE, iso,
                "BSI (lead auditor Li Na)", "Stage: surveillance 1. Sample: A.5, A.7 physical controls, A.8.8, A.8.13.",
                external, today.minusDays(1), today.plusDays(2), Audit.Status.IN_PROGRESS);
        finding(surveillance, AuditFinding.Severity.OBSERVATION, "Generator test records signed late",
                "Two monthly load-test records were signed a week after the test.");

        LocalDate cpa = today.plusMonths(2);
        audit(site, "MLPS classified-protection assessment " + s, Audit.Type.CLASSIFIED_PROTECTION, mlps,
                "Accredited assessment body", "Level 3 yearly assessment of the cloud platform.", Set.of(), cpa,
                cpa.plusDays(4), Audit.Status.PLANNED);
    }

    private Audit audit(OrgUnitView site, String title, Audit.Type type, UUID framework, String auditors, String plan,
            Set<UUID> external, LocalDate start, LocalDate end, Audit.Status status) {
        Instant now = clock.instant();
        Audit a = new Audit(UUID.randomUUID(), title, type, site.id(), site.code(), framework, auditors, start, end, now);
        a.update(title, type, site.id(), site.code(), framework, auditors, plan, external, start, end, status, now);
        return audits.saveAndFlush(a);
    }

    private AuditFinding finding(Audit a, AuditFinding.Severity severity, String title, String description) {
        return findings.saveAndFlush(new AuditFinding(UUID.randomUUID(), a.id(), severity, title, description, null,
                clock.instant()));
    }

    private CorrectiveAction action(Audit a, AuditFinding f, String rootCause, String action, LocalDate due) {
        CorrectiveAction ca = actions.saveAndFlush(new CorrectiveAction(UUID.randomUUID(), f.id(), rootCause, action, null, due,
                clock.instant()));
        f.actionPlanned(clock.instant());
        findings.save(f);
        openTask(a, f, ca);
        return ca;
    }

    private void implement(CorrectiveAction ca, LocalDate on, String note) {
        ca.implemented(note, on, clock.instant());
        actions.save(ca);
        tasks.fulfil(AuditProgrammeService.related(audits.findById(findings.findById(ca.findingId()).orElseThrow()
                .auditId()).orElseThrow(), ca), note);
    }

    private void close(CorrectiveAction ca, AuditFinding finding, String verification, LocalDate on) {
        ca.verified(verification, true, on, clock.instant());
        actions.save(ca);
        if (finding != null) {
            finding.close(verification, on, clock.instant());
            findings.save(finding);
        }
    }

    private void openTask(Audit a, AuditFinding f, CorrectiveAction ca) {
        tasks.open(new NewTask("Corrective action: " + f.title(), ca.action(), AuditProgrammeService.ACTION_TASK,
                a.orgUnitId(), TaskOwner.role(Role.COMPLIANCE_MANAGER), AuditProgrammeService.related(a, ca),
                ca.dueOn(), f.severity() == AuditFinding.Severity.MAJOR ? TaskPriority.HIGH : TaskPriority.NORMAL));
    }
}
