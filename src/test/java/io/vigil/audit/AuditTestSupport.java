package io.vigil.audit;

import io.vigil.shared.audit.AuditableEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Shared steps of the audit tests: publish in a transaction, read rows, know the database. */
final class AuditTestSupport {

    private AuditTestSupport() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static void publishInTransaction(TransactionTemplate tx, ApplicationEventPublisher events, AuditableEvent event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    static AuditableEvent probe(String action, String entityType, String entityId, UUID orgUnitId) {
        return new AuditableEvent(action, entityType, entityId, orgUnitId, action + " " + entityId, Map.of(),
                Map.of(), null);
    }

    static Map<String, Object> row(JdbcTemplate jdbc, String entityType, String entityId) {
        return jdbc.queryForMap("SELECT * FROM audit_event WHERE entity_type = ? AND entity_id = ?", entityType,
                entityId);
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void actAs(UserDetailsService accounts, String username) {
        UserDetails principal = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
