package io.vigil.identity.internal;

import io.vigil.identity.Role;
import io.vigil.identity.RoleHolders;
import io.vigil.identity.UserSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Answers {@link RoleHolders} with two set-based queries over the materialised org-unit paths. */
@Service
class RoleHolderDirectory implements RoleHolders {

    private final JdbcClient jdbc;

    RoleHolderDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UserSummary> holdersOf(Role role, UUID orgUnitId) {
        return jdbc.sql("""
                SELECT DISTINCT u.id, u.username, u.display_name, u.email, u.locale, u.status
                FROM role_assignment ra
                JOIN user_account u ON u.id = ra.user_id
                JOIN org_unit a ON a.id = ra.org_unit_id
                JOIN org_unit t ON t.id = :unit
                WHERE ra.role = :role AND u.status = 'ACTIVE'
                  AND (a.id = t.id OR (ra.include_descendants AND t.path LIKE a.path || '%'))
                ORDER BY u.username
                """)
                .param("unit", orgUnitId).param("role", role.name())
                .query((rs, n) -> new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), rs.getString("locale"),
                        rs.getString("status")))
                .list();
    }

    @Override
    public Set<String> candidateKeys(UUID userId) {
        Set<String> keys = new HashSet<>();
        jdbc.sql("""
                SELECT ra.role, t.id
                FROM role_assignment ra
                JOIN org_unit a ON a.id = ra.org_unit_id
                JOIN org_unit t ON t.id = a.id OR (ra.include_descendants AND t.path LIKE a.path || '%')
                WHERE ra.user_id = :user
                """)
                .param("user", userId)
                .query((rs, n) -> keys.add(rs.getString(1) + ":" + rs.getObject(2, UUID.class)))
                .list();
        return keys;
    }
}
