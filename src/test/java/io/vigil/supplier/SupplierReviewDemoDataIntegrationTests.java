package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.support.VigilIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class SupplierReviewDemoDataIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void demoReviewsCoverEveryGradeARedLineOpenReviewsAndRectificationPlans() {
        // the demo fills an empty register only: on a PostgreSQL database shared by the whole suite, other
        // tests' suppliers and reviews may be there first (on H2 every context has a fresh database)
        Assumptions.assumeTrue(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupplierReview'"
                + " AND action = 'IMPORTED'") > 0, "demo reviews were generated into this database");
        assertThat(count("SELECT COUNT(DISTINCT supplier_id) FROM supplier_review_snapshot")).isBetween(100L, 140L);
        assertThat(jdbc.queryForList("SELECT DISTINCT grade FROM supplier_review_snapshot", String.class))
                .contains("A", "B", "C", "D");
        assertThat(count("SELECT COUNT(*) FROM supplier_review_snapshot WHERE red_line LIKE 'BRIBERY%'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM supplier_review WHERE state = 'COMPLETED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM supplier_review WHERE state = 'OPEN'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM supplier_review_decision WHERE overridden = TRUE")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM supplier s WHERE s.status = 'RECTIFYING' AND NOT EXISTS ("
                + "SELECT 1 FROM supplier_rectification_plan p WHERE p.supplier_id = s.id AND p.state = 'OPEN')"))
                .isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM supplier_rectification_action", String.class))
                .contains("OPEN", "SUBMITTED", "DONE");
    }
}
