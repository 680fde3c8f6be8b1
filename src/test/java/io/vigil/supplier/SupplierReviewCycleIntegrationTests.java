package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.supplier.internal.review.ReviewCycleJob;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class SupplierReviewCycleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ReviewCycleJob job;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        f = new SupplierFixtures(users, mvc);
    }

    UUID qualified(String suffix, String tier, UUID owner) throws Exception {
        Map<String, Object> body = f.mainland(suffix, f.unitA);
        body.put("criticality", tier);
        if (!"STANDARD".equals(tier)) {
            body.put("criticalityReason", "Runs our cooling");
        }
        if (owner != null) {
            body.put("ownerId", owner.toString());
        }
        UUID id = f.create(f.officerA, body);
        mvc.perform(post("/api/v1/suppliers/{id}/status", id).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("status", "QUALIFIED", "reason", "ok"))))
                .andExpect(status().isOk());
        return id;
    }

    List<String> periodsOf(UUID supplier) {
        return jdbc.queryForList("SELECT period FROM supplier_review WHERE supplier_id = ? ORDER BY period_start, period",
                String.class, supplier);
    }

    @Test
    void theCycleOpensOneReviewPerPeriodYearlyOrHalfYearlyForCriticalSuppliers() throws Exception {
        UUID critical = qualified("crit", "CRITICAL", f.officerA);
        UUID standard = qualified("std", "STANDARD", null);
        UUID prospect = f.create("prospect");

        job.run();
        job.run();
        assertThat(periodsOf(critical)).containsExactly("2026-H1");
        assertThat(periodsOf(standard)).containsExactly("2026");
        assertThat(periodsOf(prospect)).isEmpty();
        String criticalReview = jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM supplier_review"
                + " WHERE supplier_id = ?", String.class, critical);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ? AND owner_user_id = ?"
                + " AND due_date = ?", Long.class, criticalReview, f.officerA, LocalDate.of(2026, 6, 30))).isEqualTo(1);
        String standardReview = jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM supplier_review"
                + " WHERE supplier_id = ?", String.class, standard);
        assertThat(jdbc.queryForObject("SELECT owner_role FROM task WHERE related_id = ?", String.class, standardReview))
                .isEqualTo("PROCUREMENT_OFFICER");

        clock.setDate(LocalDate.of(2026, 7, 2));
        job.run();
        assertThat(periodsOf(critical)).containsExactly("2026-H1", "2026-H2");
        assertThat(periodsOf(standard)).containsExactly("2026");
        // the first half-year's review was never done: it is reported overdue
        mvc.perform(get("/api/v1/reviews").param("state", "OVERDUE").param("q", f.tag + "crit").param("size", "200")
                        .with(users.as(f.readerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].period").value("2026-H1"))
                .andExpect(jsonPath("$.items[0].overdue").value(true));

        clock.setDate(LocalDate.of(2027, 1, 3));
        job.run();
        assertThat(periodsOf(critical)).containsExactly("2026-H1", "2026-H2", "2027-H1");
        assertThat(periodsOf(standard)).containsExactly("2026", "2027");
    }
}
