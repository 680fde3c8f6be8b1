package io.vigil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.notification.internal.NotificationJobs;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class WebhookIntegrationTests {

    record Received(String event, String signature, String body) {
    }

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired Tasks tasks;
    @Autowired NotificationJobs jobs;
    @Autowired MutableClock clock;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToAnswer = new AtomicInteger();
    UUID unit;
    UUID manager;

    @BeforeEach
    void setUp() throws Exception {
        clock.setDate(LocalDate.parse("2026-11-02"));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Vigil-Event"),
                    exchange.getRequestHeaders().getFirst("X-Vigil-Signature"), body));
            exchange.sendResponseHeaders(failuresToAnswer.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        unit = testUsers.unit(testUsers.rootUnit(), "Hooks unit", OrgUnitType.DEPARTMENT);
        manager = testUsers.user("hooks", Role.COMPLIANCE_MANAGER, unit, true);
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void taskEventsArePostedSignedAndRetriedWithBackOffUntilDelivered() throws Exception {
        String created = mvc.perform(post("/api/v1/webhooks").with(testUsers.as(manager))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Chat","url":"http://127.0.0.1:%d/hook","orgUnitId":"%s",
                                 "eventTypes":["task.created"]}""".formatted(receiver.getAddress().getPort(), unit)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        String webhookId = JsonPath.read(created, "$.webhook.id");
        UUID elsewhere = testUsers.unit(testUsers.rootUnit(), "No hooks", OrgUnitType.DEPARTMENT);
        UUID owner = testUsers.user("owner", Role.EMPLOYEE, unit, false);
        tasks.open(new NewTask("Patch the VPN", null, "PATCH", testUsers.unit(unit, "Sub", OrgUnitType.DEPARTMENT),
                TaskOwner.user(owner), null, LocalDate.parse("2026-11-09"), TaskPriority.HIGH));
        tasks.open(new NewTask("Not ours", null, "PATCH", elsewhere, TaskOwner.user(owner), null,
                LocalDate.parse("2026-11-09"), TaskPriority.HIGH));
        failuresToAnswer.set(1);

        jobs.deliverWebhooks();
        assertThat(received).hasSize(1);
        jobs.deliverWebhooks(); // the retry is not due yet
        assertThat(received).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        jobs.deliverWebhooks();
        jobs.deliverWebhooks();

        assertThat(received).hasSize(2);
        Received delivered = received.get(1);
        assertThat(delivered.event()).isEqualTo("task.created");
        assertThat(delivered.body()).contains("\"title\":\"Patch the VPN\"").doesNotContain("Not ours");
        assertThat(delivered.signature()).isEqualTo("sha256=" + hmac(secret, delivered.body()));
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries", webhookId).with(testUsers.as(manager)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].attempts").value(2))
                .andExpect(jsonPath("$.items[0].lastStatusCode").value(204));
    }

    @Test
    void aWebhookNeedsAnHttpUrlAKnownEventTypeAndAManagedUnit() throws Exception {
        String body = """
                {"name":"x","url":"%s","orgUnitId":"%s","eventTypes":["%s"]}""";
        mvc.perform(post("/api/v1/webhooks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("file:///etc/passwd", unit, "task.created")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/webhooks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("https://chat.example/hook", unit, "task.exploded")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("task.created")));
        mvc.perform(post("/api/v1/webhooks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("https://chat.example/hook", testUsers.rootUnit(), "task.created")))
                .andExpect(status().isBadRequest());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
