package io.vigil.audit;

import static io.vigil.audit.AuditTestSupport.isPostgres;
import static io.vigil.audit.AuditTestSupport.probe;
import static io.vigil.audit.AuditTestSupport.publishInTransaction;
import static io.vigil.audit.AuditTestSupport.row;
import static io.vigil.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.audit.internal.AuditVerification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import io.vigil.support.VigilIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@VigilIntegrationTest
class AuditChainIntegrationTests {

    static final int WRITERS = 8;
    static final int EVENTS_PER_WRITER = 25;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditVerification verification;

    @Autowired
    Environment environment;

    @Test
    void concurrentWritersKeepTheChainLinearAndGapFree() throws Exception {
        String batch = unique("batch");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                    publishInTransaction(tx, events, probe("CREATED", "ConcurrencyProbe", batch + "-" + writer + "-" + i, null));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT seq) FROM audit_event WHERE entity_id LIKE ?", Long.class,
                batch + "-%")).isEqualTo((long) WRITERS * EVENTS_PER_WRITER);
        ChainVerification result = verification.verify();
        assertThat(result.valid()).isTrue();
        long head = jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE seq <= ?", Long.class, head))
                .isEqualTo(head);
        assertThat(jdbc.queryForObject("SELECT MIN(seq) FROM audit_event", Long.class)).isEqualTo(1L);
        assertThat(result.eventsChecked()).isEqualTo(head);
    }

    @Test
    void alteringAStoredEventBreaksTheChainAtThatEvent() throws Exception {
        String id = unique("tamper");
        publishInTransaction(tx, events, probe("UPDATED", "TamperProbe", id, null));
        long seq = ((Number) row(jdbc, "TamperProbe", id).get("seq")).longValue();
        String original = (String) row(jdbc, "TamperProbe", id).get("summary");
        boolean postgres = isPostgres(dataSource);

        try {
            if (postgres) {
                jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            }
            jdbc.update("UPDATE audit_event SET summary = ? WHERE seq = ?", "nothing to see here", seq);

            ChainVerification result = verification.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exitCode = AuditVerifyCommand.verify(dataSource, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(exitCode).isEqualTo(AuditVerifyCommand.BROKEN);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("\"valid\":false").contains("\"firstBrokenSeq\":" + seq);
        } finally {
            jdbc.update("UPDATE audit_event SET summary = ? WHERE seq = ?", original, seq);
            if (postgres) {
                jdbc.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void postgresRejectsUpdatesAndDeletesOfAuditEvents() {
        Assumptions.assumeTrue(isPostgres(dataSource), "the append-only trigger exists on PostgreSQL only");
        String id = unique("immutable");
        publishInTransaction(tx, events, probe("CREATED", "ImmutableProbe", id, null));
        long seq = ((Number) row(jdbc, "ImmutableProbe", id).get("seq")).longValue();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET summary = 'rewritten' WHERE seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(row(jdbc, "ImmutableProbe", id).get("summary")).isEqualTo("CREATED " + id);
    }

    @Test
    void verifyCommandReadsTheDatabaseWithoutTheApplicationAndExitsZeroWhenIntact() throws Exception {
        publishInTransaction(tx, events, probe("CREATED", "CommandProbe", unique("cli"), null));
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        String password = environment.getProperty("spring.datasource.password", "");
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exitCode = AuditVerifyCommand.run(new String[] {"audit", "verify", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password});
        } finally {
            System.setOut(console);
        }

        assertThat(exitCode).isEqualTo(AuditVerifyCommand.VALID);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"valid\":true")
                .contains("\"headHash\":\"" + jdbc.queryForObject("SELECT last_hash FROM audit_head", String.class));
    }

    @Test
    void verifyCommandExitsTwoWhenThereIsNoAuditTrail() {
        String missing = "jdbc:h2:mem:no-such-trail-" + System.nanoTime();

        assertThat(AuditVerifyCommand.run(new String[] {"audit", "verify", "--spring.datasource.url=" + missing}))
                .isEqualTo(AuditVerifyCommand.UNREADABLE);
    }
}
