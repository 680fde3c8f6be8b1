package io.vigil.audit;

import static io.vigil.audit.AuditTestSupport.actAs;
import static io.vigil.audit.AuditTestSupport.probe;
import static io.vigil.audit.AuditTestSupport.row;
import static io.vigil.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@VigilIntegrationTest
class AuditAppendIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditHistory history;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eventIsWrittenWithThePrincipalAndLinkedToItsPredecessor() {
        UUID officer = testUsers.user("officer", Role.CISO, testUsers.rootUnit(), true);
        actAs(accounts, testUsers.username(officer));
        String id = unique("risk");
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", "Old");
        before.put("level", 3);
        UUID unit = testUsers.rootUnit();

        tx.executeWithoutResult(status -> events.publishEvent(
                AuditableEvent.change("UPDATED", "Risk", id, unit, "Risk retitled", before, Map.of("title", "New"))));

        Map<String, Object> row = row(jdbc, "Risk", id);
        assertThat(row.get("actor")).isEqualTo(testUsers.username(officer));
        assertThat(row.get("actor_kind")).isEqualTo("USER");
        assertThat(row.get("org_unit_id")).isEqualTo(unit);
        assertThat(row.get("changes")).isEqualTo("{\"after\":{\"title\":\"New\"},\"before\":{\"level\":3,\"title\":\"Old\"}}");
        long seq = ((Number) row.get("seq")).longValue();
        String predecessorHash = seq == 1 ? "0".repeat(64)
                : jdbc.queryForObject("SELECT hash FROM audit_event WHERE seq = ?", String.class, seq - 1);
        assertThat(row.get("prev_hash")).isEqualTo(predecessorHash);
        assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(predecessorHash);
    }

    @Test
    void eventRollsBackWithTheChangeItRecords() {
        String id = unique("rollback");
        long headBefore = jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(probe("CREATED", "RollbackProbe", id, null));
            throw new IllegalStateException("the business change fails after publishing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class))
                .isGreaterThanOrEqualTo(headBefore);
    }

    @Test
    void eventPublishedOutsideATransactionIsWrittenAsTheSystem() {
        String id = unique("job");

        events.publishEvent(probe("REMINDED", "JobProbe", id, null));

        Map<String, Object> row = row(jdbc, "JobProbe", id);
        assertThat(row.get("actor")).isEqualTo("system");
        assertThat(row.get("actor_kind")).isEqualTo("SYSTEM");
        assertThat(row.get("request_id")).isNull();
    }

    @Test
    void failedApiLoginIsRecordedWithTheTypedUsernameAndRequestId() throws Exception {
        String typed = unique("intruder").substring(0, 30);
        String requestId = unique("req").substring(0, 30);

        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", requestId)
                        .content("{\"username\":\"" + typed + "\",\"password\":\"wrong-password-123\"}"))
                .andExpect(status().isUnauthorized());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor = ?", typed);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor_kind")).isEqualTo("USER");
        assertThat(rows.get(0).get("request_id")).isEqualTo(requestId);
        assertThat(rows.get(0).get("client_ip")).isEqualTo("127.0.0.1");
    }

    @Test
    void successfulApiLoginAndTokenCreationAreRecorded() throws Exception {
        UUID user = testUsers.user("scripter", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String username = testUsers.username(user);

        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE actor = ? ORDER BY seq", String.class,
                username)).containsExactly("LOGIN", "TOKEN_CREATED");
    }

    @Test
    void historyOfARecordIsNewestFirstWithItsChangedFields() {
        String id = unique("supplier");
        tx.executeWithoutResult(status -> events.publishEvent(AuditableEvent.change("CREATED", "Supplier", id, null,
                "Supplier created", Map.of(), Map.of("name", "Acme"))));
        tx.executeWithoutResult(status -> events.publishEvent(AuditableEvent.change("UPDATED", "Supplier", id, null,
                "Supplier renamed", Map.of("name", "Acme"), Map.of("name", "Acme Ltd"))));

        List<AuditEntry> entries = history.historyOf("Supplier", id);

        assertThat(entries).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
        assertThat(entries.get(0).changes()).containsEntry("name", new AuditEntry.Change("Acme", "Acme Ltd"));
        assertThat(entries.get(1).changes()).containsEntry("name", new AuditEntry.Change(null, "Acme"));
        assertThat(entries.get(0).seq()).isGreaterThan(entries.get(1).seq());
    }
}
