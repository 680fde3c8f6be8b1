package io.vigil.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.identity.OrgUnits;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class DemoObligationsIntegrationTests {

    @Autowired ObligationService obligations;
    @Autowired ObligationRepository repository;
    @Autowired OrgUnits units;
    @Autowired MutableClock clock;
    @Autowired ObligationJob job;
    @Autowired ObligationPeriodRepository periods;

    @Test
    void demoDataSeedsTheFourObligationsOfTheSeedDocumentOnceAndTheyCreateTasks() {
        clock.setDate(LocalDate.parse("2026-11-04"));
        DemoObligations demo = new DemoObligations(obligations, repository, units, clock);

        demo.run(null);
        demo.run(null);
        job.run();

        List<String> codes = List.of("WEEKLY-SENSITIVE-OPS-AUDIT", "MONTHLY-VULN-SCAN", "QUARTERLY-PENTEST",
                "DAILY-OFFICE-NET-MONITORING");
        assertThat(codes).allSatisfy(code -> assertThat(repository.findByCode(code)).isPresent());
        assertThat(repository.findByCode("WEEKLY-SENSITIVE-OPS-AUDIT").orElseThrow().toView().rrule())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(repository.findByCode("QUARTERLY-PENTEST").orElseThrow().toView().rrule())
                .isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1");
        assertThat(periods.countByObligationId(repository.findByCode("WEEKLY-SENSITIVE-OPS-AUDIT").orElseThrow().getId()))
                .isPositive();
        assertThat(periods.countByObligationId(repository.findByCode("DAILY-OFFICE-NET-MONITORING").orElseThrow().getId()))
                .isPositive();
    }
}
