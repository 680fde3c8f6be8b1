package io.vigil.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vigil.VigilApplication;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.notification.internal.NotificationJobs;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.TestUsers;
import io.vigil.task.Recurrence;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.internal.ObligationJob;
import io.vigil.task.internal.ObligationService;
import io.vigil.task.internal.ObligationService.ObligationDefinition;
import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Vigil nodes on one database (a shared in-memory H2, or the PostgreSQL of
 * {@code SPRING_DATASOURCE_URL}): both fire the same trigger at the same moment, the cluster lock
 * lets exactly one of them run the job, and the database shows one task per period and one
 * e-mail per reminder.
 */
class TwoNodeSchedulingIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        String url = System.getenv("SPRING_DATASOURCE_URL") != null ? System.getenv("SPRING_DATASOURCE_URL")
                : "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        nodeA = start(url, "node-a");
        nodeB = start(url, "node-b");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            // other test classes may share this database (PostgreSQL): leave no job locked behind
            nodeA.getBean(JdbcTemplate.class).update("UPDATE shedlock SET lock_until = locked_at");
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext start(String url, String name) {
        return new SpringApplicationBuilder(VigilApplication.class, MutableClockConfiguration.class)
                .profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--spring.jmx.enabled=false",
                        "--spring.application.name=" + name, "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=3025",
                        // a lock held at least this long turns "both nodes fire at once" into "one runs"
                        "--vigil.scheduling.lock-at-least-for=PT30S");
    }

    @Test
    void eachJobRunsOnOneNodePerTriggerAndNothingIsDoneTwice() throws Exception {
        TestUsers users = nodeA.getBean(TestUsers.class);
        UUID unit = users.unit(users.rootUnit(), "Two nodes", OrgUnitType.DEPARTMENT);
        UUID owner = users.user("owner", Role.EMPLOYEE, unit, false);
        String address = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8) + "@vigil.test";
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        jdbc.update("UPDATE user_account SET email = ? WHERE id = ?", address, owner);
        String code = "TWO-NODES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID obligation = nodeA.getBean(ObligationService.class).defineTrusted(new ObligationDefinition(code,
                "Weekly audit", null, null, "SECURITY_AUDIT", Recurrence.weeklyOn(java.time.DayOfWeek.MONDAY),
                LocalDate.parse("2026-11-02"), 4, unit, "Critical systems", TaskOwner.user(owner),
                TaskPriority.HIGH)).id();
        setDate("2026-11-02");

        assertThat(bothFire(nodeA.getBean(ObligationJob.class)::run, nodeB.getBean(ObligationJob.class)::run))
                .as("obligation job runs").isEqualTo(1);
        assertThat(periods(jdbc, obligation)).isEqualTo(1);

        assertThat(bothFire(nodeA.getBean(NotificationJobs.class)::remind,
                nodeB.getBean(NotificationJobs.class)::remind)).as("reminder job runs").isEqualTo(1);
        assertThat(mailsTo(address)).isEqualTo(1);

        // next week: the previous trigger's lock has long expired
        jdbc.update("UPDATE shedlock SET lock_until = locked_at");
        setDate("2026-11-09");
        bothFire(nodeA.getBean(ObligationJob.class)::run, nodeB.getBean(ObligationJob.class)::run);
        jdbc.update("UPDATE shedlock SET lock_until = locked_at");
        bothFire(nodeA.getBean(NotificationJobs.class)::remind, nodeB.getBean(NotificationJobs.class)::remind);

        assertThat(periods(jdbc, obligation)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE owner_user_id = ?", Integer.class, owner))
                .isEqualTo(2);
        // week one: the 7-day reminder, then overdue; week two: its 7-day reminder — one e-mail each
        assertThat(mailsTo(address)).isEqualTo(3);
        assertThat(jobRuns()).isEqualTo(4);
    }

    /** Fires both nodes' triggers at the same instant; returns how many runs actually happened. */
    private static int bothFire(Runnable onA, Runnable onB) {
        int before = jobRuns();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> awaitThen(start, onA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> awaitThen(start, onB));
        start.countDown();
        CompletableFuture.allOf(a, b).join();
        return jobRuns() - before;
    }

    private static int jobRuns() {
        return nodeA.getBean(ObligationJob.class).runs() + nodeB.getBean(ObligationJob.class).runs()
                + nodeA.getBean(NotificationJobs.class).reminderRuns() + nodeB.getBean(NotificationJobs.class).reminderRuns();
    }

    private static void awaitThen(CountDownLatch start, Runnable job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        job.run();
    }

    private static void setDate(String date) {
        nodeA.getBean(MutableClock.class).setDate(LocalDate.parse(date));
        nodeB.getBean(MutableClock.class).setDate(LocalDate.parse(date));
    }

    private static int periods(JdbcTemplate jdbc, UUID obligation) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM obligation_period WHERE obligation_id = ?", Integer.class,
                obligation);
    }

    private static long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
