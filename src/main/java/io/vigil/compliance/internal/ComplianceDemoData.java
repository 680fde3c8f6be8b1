package io.vigil.compliance.internal;

import io.vigil.compliance.ComplianceStatus;
import io.vigil.compliance.ControlType;
import io.vigil.compliance.TestFrequency;
import io.vigil.compliance.TestResult;
import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Demo profile: for each data-centre site (DC-BJ, DC-SH, DC-GZ) a set of tested controls, a partly
 * completed ISO/IEC 27001 and MLPS Level 3 assessment, certificates and an MLPS filing. Seeded, so the
 * same on every run; skipped for a site that already has its assessments. The year of audits is
 * {@link AuditDemoData}.
 */
@Component
@Profile("demo")
@Order(60)
class ComplianceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ComplianceDemoData.class);
    private static final List<String> SITES = List.of("DC-BJ", "DC-SH", "DC-GZ");

    /** Control template: code suffix, name, type, frequency, ISO 27001 ref, MLPS ref (or null). */
    private record Template(String code, String name, ControlType type, TestFrequency frequency, String iso,
            String mlps) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("VULN", "Monthly vulnerability scan and remediation", ControlType.DETECTIVE, TestFrequency.MONTHLY, "A.8.8", "8.1.10.5"),
            new Template("ACCESS", "Data-centre entry by badge and biometrics", ControlType.PREVENTIVE, TestFrequency.QUARTERLY, "A.7.2", "8.1.1.2"),
            new Template("CCTV", "CCTV coverage and 90-day retention", ControlType.DETECTIVE, TestFrequency.QUARTERLY, "A.7.4", null),
            new Template("BACKUP", "Daily backup with quarterly restore test", ControlType.CORRECTIVE, TestFrequency.QUARTERLY, "A.8.13", "8.1.10.11"),
            new Template("LOG", "Central log collection, 180-day retention", ControlType.DETECTIVE, TestFrequency.MONTHLY, "A.8.15", "8.1.4.3"),
            new Template("PRIV", "Privileged access through the bastion host", ControlType.PREVENTIVE, TestFrequency.QUARTERLY, "A.8.2", "8.1.4.2"),
            new Template("CHANGE", "Change approval by the CAB", ControlType.PREVENTIVE, TestFrequency.MONTHLY, "A.8.32", "8.1.10.10"),
            new Template("MALWARE", "Endpoint protection on all servers", ControlType.PREVENTIVE, TestFrequency.MONTHLY, "A.8.7", "8.1.4.5"),
            new Template("POWER", "UPS and generator load test", ControlType.CORRECTIVE, TestFrequency.QUARTERLY, "A.7.11", "8.1.1.9"),
            new Template("FIRE", "Gas fire suppression inspection", ControlType.PREVENTIVE, TestFrequency.YEARLY, "A.7.5", "8.1.1.5"),
            new Template("TRAIN", "Yearly security awareness training", ControlType.PREVENTIVE, TestFrequency.YEARLY, "A.6.3", "8.1.8.3"),
            new Template("MEDIA", "Media sanitisation before disposal", ControlType.PREVENTIVE, TestFrequency.QUARTERLY, "A.7.14", "8.1.10.3"));

    private final OrgUnits orgUnits;
    private final FrameworkRepository frameworks;
    private final RequirementStore requirements;
    private final ControlRepository controls;
    private final ControlTestRepository tests;
    private final EvidenceRepository evidence;
    private final AssessmentRepository assessments;
    private final AssessmentEntryRepository entries;
    private final CertificateRepository certificates;
    private final MlpsFilingRepository filings;
    private final Clock clock;

    ComplianceDemoData(OrgUnits orgUnits, FrameworkRepository frameworks, RequirementStore requirements,
            ControlRepository controls, ControlTestRepository tests, EvidenceRepository evidence,
            AssessmentRepository assessments, AssessmentEntryRepository entries, CertificateRepository certificates,
            MlpsFilingRepository filings, Clock clock) {
        this.orgUnits = orgUnits;
        this.frameworks = frameworks;
        this.requirements = requirements;
        this.controls = controls;
        this.tests = tests;
        this.evidence = evidence;
        this.assessments = assessments;
        this.entries = entries;
        this.certificates = certificates;
        this.filings = filings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Framework iso = frameworks.findByCode("ISO27001").orElseThrow();
        Framework mlps = frameworks.findByCode("MLPS-L3").orElseThrow();
        Random random = new Random(60);
        int sites = 0;
        for (String code : SITES) {
            OrgUnitView site = orgUnits.findByCode(code).orElse(null);
            if (site == null || !assessments.findByFrameworkIdAndScope(iso.id(), code).isEmpty()) {
                continue;
            }
            seed(site, iso, mlps, random);
            sites++;
        }
        if (sites > 0) {
            log.info("Compliance demo data: controls, assessments and certificates for {} site(s)", sites);
        }
    }

    private void seed(OrgUnitView site, Framework iso, Framework mlps, Random random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (Template t : TEMPLATES) {
            List<UUID> reqs = new ArrayList<>();
            requirements.byRef("ISO27001", t.iso()).ifPresent(r -> reqs.add(r.id()));
            if (t.mlps() != null) {
                requirements.byRef("MLPS-L3", t.mlps()).ifPresent(r -> reqs.add(r.id()));
            }
            String code = site.code() + "-" + t.code();
            if (controls.findByCode(code).isPresent()) {
                continue;
            }
            Control c = controls.save(new Control(UUID.randomUUID(), new ControlData(code, t.name(), null, site.id(),
                    null, t.type(), t.frequency(), reqs, List.of(), List.of()), now));
            // two controls in three are tested; most tests pass
            if (random.nextInt(3) > 0) {
                LocalDate collected = today.minusDays(10 + random.nextInt(60));
                Evidence e = evidence.save(new Evidence(UUID.randomUUID(), c.id(), Evidence.Kind.TEXT,
                        t.name() + " — test record", "Sample reviewed by the site security officer", collected,
                        collected.plusDays(random.nextInt(4) == 0 ? 20 : 365), now));
                int roll = random.nextInt(10);
                TestResult result = roll < 7 ? TestResult.EFFECTIVE : roll < 9 ? TestResult.PARTLY : TestResult.INEFFECTIVE;
                tests.save(new ControlTest(UUID.randomUUID(), c.id(), collected, null, "Inspection and sample",
                        result, e.id(), null, now));
            }
        }
        Assessment isoAssessment = assessments.save(new Assessment(UUID.randomUUID(), iso.id(),
                "ISO/IEC 27001:2022 " + site.code(), site.code(), site.id(), now));
        assessments.save(new Assessment(UUID.randomUUID(), mlps.id(), "MLPS Level 3 " + site.code(), site.code(),
                site.id(), now));
        // a few decisions a person made: governance clauses judged by interview, one exclusion
        for (String ref : List.of("5.1", "5.2", "A.5.1", "A.5.2", "A.6.1")) {
            requirements.byRef("ISO27001", ref).ifPresent(r -> {
                AssessmentEntry e = new AssessmentEntry(UUID.randomUUID(), isoAssessment.id(), r.id(), now);
                e.override(ComplianceStatus.COMPLIANT, "Interview with the site manager and document review", now);
                entries.save(e);
            });
        }
        requirements.byRef("ISO27001", "A.8.30").ifPresent(r -> {
            AssessmentEntry e = new AssessmentEntry(UUID.randomUUID(), isoAssessment.id(), r.id(), now);
            e.applicability(false, "No outsourced development at the site", null, now);
            entries.save(e);
        });
        int n = SITES.indexOf(site.code());
        LocalDate issued = today.minusYears(1).minusMonths(n * 4L);
        certificates.save(new Certificate(UUID.randomUUID(), new CertificateData("ISO27001", "BSI", "IS 7" + n + "0512",
                List.of(site.code()), "IaaS, colocation", site.id(), issued, issued.plusYears(3),
                issued.plusYears(1), null, null), now));
        certificates.save(new Certificate(UUID.randomUUID(), new CertificateData("ISO20000-1", "CQC", "ITSM-" + n + "118",
                List.of(site.code()), "Managed hosting", site.id(), issued, issued.plusYears(3), issued.plusYears(1),
                null, null), now));
        certificates.save(new Certificate(UUID.randomUUID(), new CertificateData("GB50174-A", "CQC", "DC-A-" + n + "77",
                List.of(site.code()), "Facility", site.id(), today.minusYears(2), today.plusDays(20 + 200L * n), null,
                null, null), now));
        filings.save(new MlpsFiling(UUID.randomUUID(), "Cloud platform " + site.code(), 3, "1101" + n + "0013-" + (30001 + n),
                site.id(), today.minusMonths(n == 2 ? 14 : 5), now));
    }
}
