package io.vigil.identity.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator (permission {@code admin:users}) does to accounts and their role
 * assignments. Every change is audited; assignment changes as {@code PERMISSION_GRANTED} /
 * {@code PERMISSION_REVOKED}. An administrator cannot lock themselves out: they cannot disable
 * their own account nor remove their own last ADMIN assignment.
 */
@Service
@Transactional
public class UserAdministration {

    public record NewUser(String username, String displayName, String email, String locale, String password) {
    }

    /** Changes to apply; a {@code null} field stays as it is. */
    public record UserChanges(String displayName, String email, String locale) {
    }

    private final UserAccountRepository users;
    private final RoleAssignmentRepository assignments;
    private final OrgUnitRepository units;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MultiFactor multiFactor;
    private final SignedInSessions sessions;

    UserAdministration(UserAccountRepository users, RoleAssignmentRepository assignments, OrgUnitRepository units,
            PasswordPolicy policy, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
            MultiFactor multiFactor, SignedInSessions sessions) {
        this.multiFactor = multiFactor;
        this.sessions = sessions;
        this.users = users;
        this.assignments = assignments;
        this.units = units;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String query, UserStatus status, Pageable pageable) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return users.search(q, status, pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    public UserAccount create(NewUser user) {
        String username = user.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new VigilException(HttpStatus.CONFLICT, "username-taken", "identity.user.usernameTaken", username);
        }
        policy.check(username, user.password());
        UserAccount account = users.save(new UserAccount(username, user.displayName().trim(), blankToNull(user.email()),
                Locales.normalize(user.locale()), encoder.encode(user.password()), clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", "User", account.getId(), null,
                "User " + username + " created", Map.of(), snapshot(account)));
        return account;
    }

    public UserAccount update(UUID id, long expectedVersion, UserChanges changes) {
        UserAccount user = current(id, expectedVersion);
        Map<String, Object> before = snapshot(user);
        user.updateProfile(changes.displayName() == null ? user.getDisplayName() : changes.displayName().trim(),
                changes.email() == null ? user.getEmail() : blankToNull(changes.email()),
                changes.locale() == null ? user.getLocale() : Locales.normalize(changes.locale()));
        Map<String, Object> after = snapshot(user);
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", "User", id, null, "User " + user.getUsername()
                    + " updated", before, after));
        }
        return user;
    }

    /**
     * One API PATCH, all or nothing: profile fields, then status ({@code ACTIVE} / {@code DISABLED}),
     * password reset and MFA reset. Returns the account with its new version.
     */
    public UserAccount patch(UUID id, long expectedVersion, UserChanges changes, UserStatus status, String password,
            boolean resetMfa, UUID actingUserId) {
        update(id, expectedVersion, changes);
        if (status == UserStatus.DISABLED) {
            disable(id, actingUserId);
        } else if (status == UserStatus.ACTIVE) {
            enable(id);
        }
        if (password != null) {
            resetPassword(id, password);
        }
        if (resetMfa) {
            multiFactor.adminReset(id);
        }
        users.flush();
        return get(id);
    }

    public UserAccount disable(UUID id, UUID actingUserId) {
        if (id.equals(actingUserId)) {
            throw new VigilException(HttpStatus.CONFLICT, "self-lockout", "identity.user.cannotDisableSelf");
        }
        UserAccount user = get(id);
        user.disable();
        audit("DISABLED", user, "User " + user.getUsername() + " disabled");
        sessions.endAllOf(user.getUsername());
        return user;
    }

    public UserAccount enable(UUID id) {
        UserAccount user = get(id);
        user.enable();
        audit("ENABLED", user, "User " + user.getUsername() + " enabled");
        return user;
    }

    public UserAccount unlock(UUID id) {
        UserAccount user = get(id);
        user.unlock();
        audit("UNLOCKED", user, "User " + user.getUsername() + " unlocked");
        return user;
    }

    public UserAccount resetPassword(UUID id, String password) {
        UserAccount user = get(id);
        policy.check(user.getUsername(), password);
        user.changePassword(encoder.encode(password));
        audit("PASSWORD_RESET", user, "Password of " + user.getUsername() + " reset by an administrator");
        sessions.endAllOf(user.getUsername());
        return user;
    }

    /** The caller's expected version must still be current, else a 409 tells them to reload. */
    public UserAccount current(UUID id, long expectedVersion) {
        UserAccount user = get(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return user;
    }

    @Transactional(readOnly = true)
    public List<RoleAssignment> assignments(UUID userId) {
        get(userId);
        return assignments.findByUserId(userId);
    }

    public RoleAssignment grant(UUID userId, Role role, UUID orgUnitId, boolean includeDescendants) {
        UserAccount user = get(userId);
        OrgUnit unit = units.findById(orgUnitId).orElseThrow(() -> new VigilException(HttpStatus.BAD_REQUEST,
                "unknown-org-unit", "identity.assignment.unknownUnit"));
        if (assignments.existsByUserIdAndRoleAndOrgUnitId(userId, role, orgUnitId)) {
            throw new VigilException(HttpStatus.CONFLICT, "duplicate-assignment", "identity.assignment.duplicate");
        }
        RoleAssignment assignment = assignments.save(
                new RoleAssignment(userId, role, orgUnitId, includeDescendants, clock.instant()));
        events.publishEvent(AuditableEvent.change("PERMISSION_GRANTED", "User", userId, orgUnitId,
                "Role " + role + " granted to " + user.getUsername() + " in " + unit.getCode()
                        + (includeDescendants ? " and below" : ""),
                Map.of(), assignmentSnapshot(assignment, unit)));
        return assignment;
    }

    public void revoke(UUID userId, UUID assignmentId, UUID actingUserId) {
        UserAccount user = get(userId);
        RoleAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getUserId().equals(userId))
                .orElseThrow(() -> new RecordNotFoundException("Assignment", assignmentId));
        if (userId.equals(actingUserId) && assignment.getRole() == Role.ADMIN
                && assignments.countByUserIdAndRole(userId, Role.ADMIN) <= 1) {
            throw new VigilException(HttpStatus.CONFLICT, "self-lockout", "identity.user.cannotRemoveOwnLastAdmin");
        }
        OrgUnit unit = units.findById(assignment.getOrgUnitId()).orElseThrow();
        assignments.delete(assignment);
        events.publishEvent(AuditableEvent.change("PERMISSION_REVOKED", "User", userId, assignment.getOrgUnitId(),
                "Role " + assignment.getRole() + " revoked from " + user.getUsername() + " in " + unit.getCode(),
                assignmentSnapshot(assignment, unit), Map.of()));
        // the principal's permissions were fixed at sign-in: a revoked role must not outlive this request
        sessions.endAllOf(user.getUsername());
    }

    private void audit(String action, UserAccount user, String summary) {
        events.publishEvent(AuditableEvent.of(action, "User", user.getId(), null, summary));
    }

    private static Map<String, Object> snapshot(UserAccount user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", user.getUsername());
        values.put("displayName", user.getDisplayName());
        values.put("email", Objects.toString(user.getEmail(), ""));
        values.put("locale", user.getLocale());
        return values;
    }

    private static Map<String, Object> assignmentSnapshot(RoleAssignment assignment, OrgUnit unit) {
        return Map.of("assignmentId", assignment.getId().toString(), "role", assignment.getRole().name(),
                "orgUnit", unit.getCode(), "includeDescendants", assignment.isIncludeDescendants());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
