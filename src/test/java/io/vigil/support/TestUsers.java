package io.vigil.support;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.identity.internal.AccountUserDetailsService;
import io.vigil.identity.internal.OrgUnit;
import io.vigil.identity.internal.OrgUnitRepository;
import io.vigil.identity.internal.RoleAssignment;
import io.vigil.identity.internal.RoleAssignmentRepository;
import io.vigil.identity.internal.UserAccount;
import io.vigil.identity.internal.UserAccountRepository;
import io.vigil.identity.internal.VigilUserDetails;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test fixtures for accounts, org units and role assignments, written through the real
 * repositories so that data segregation is exercised exactly as in production. Names get a random
 * suffix so tests can share one PostgreSQL database.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery-9";

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final RoleAssignmentRepository assignments;
    private final AccountUserDetailsService principals;
    private final PasswordEncoder encoder;

    TestUsers(OrgUnitRepository units, UserAccountRepository users, RoleAssignmentRepository assignments,
            AccountUserDetailsService principals, PasswordEncoder encoder) {
        this.units = units;
        this.users = users;
        this.assignments = assignments;
        this.principals = principals;
        this.encoder = encoder;
    }

    /** The root of the tree created at first start. */
    @Transactional(readOnly = true)
    public UUID rootUnit() {
        return units.findByCode("GROUP").orElseThrow().getId();
    }

    /** A new unit under {@code parentId} with a unique code. */
    @Transactional
    public UUID unit(UUID parentId, String name, OrgUnitType type) {
        OrgUnit parent = units.findById(parentId).orElseThrow();
        String code = name.toUpperCase().replaceAll("[^A-Z0-9]", "-") + "-" + suffix();
        return units.save(OrgUnit.child(parent, code, name, name, type)).getId();
    }

    /** A new active user holding {@code role} in {@code unitId} (and its descendants when asked). */
    @Transactional
    public UUID user(String usernamePrefix, Role role, UUID unitId, boolean withDescendants) {
        UserAccount account = users.save(new UserAccount(usernamePrefix + "-" + suffix(), usernamePrefix, null, "en",
                encoder.encode(PASSWORD), Instant.now()));
        assignments.save(new RoleAssignment(account.getId(), role, unitId, withDescendants, Instant.now()));
        return account.getId();
    }

    @Transactional
    public void grant(UUID userId, Role role, UUID unitId, boolean withDescendants) {
        assignments.save(new RoleAssignment(userId, role, unitId, withDescendants, Instant.now()));
    }

    @Transactional(readOnly = true)
    public String username(UUID userId) {
        return users.findById(userId).orElseThrow().getUsername();
    }

    /** MockMvc post-processor that acts as this user (permissions loaded from the database). */
    @Transactional(readOnly = true)
    public RequestPostProcessor as(UUID userId) {
        VigilUserDetails principal = (VigilUserDetails) principals.loadUserByUsername(username(userId));
        return SecurityMockMvcRequestPostProcessors.user(principal);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
