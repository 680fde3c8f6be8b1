package io.vigil.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.identity.Role;
import io.vigil.identity.internal.RoleAssignment;
import io.vigil.identity.internal.UserAccount;
import io.vigil.identity.internal.UserAdministration;
import io.vigil.identity.internal.UserStatus;
import io.vigil.identity.internal.VigilUserDetails;
import io.vigil.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration over the API (permission {@code admin:users}). */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('admin:users')")
@Tag(name = "Users")
class UsersApiController {

    static final String USERNAME_PATTERN = "[a-zA-Z0-9._@-]{3,100}";

    record UserView(UUID id, String username, String displayName, String email, String locale, String status,
            boolean mfaEnabled, Instant lockedUntil, Instant createdAt, long version) {
    }

    record NewUserRequest(@NotBlank @Pattern(regexp = USERNAME_PATTERN) String username,
            @NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email,
            @Pattern(regexp = "en|zh-CN") String locale, @NotBlank String password) {
    }

    /**
     * Partial update. {@code version} is the one last read; a stale one is a 409. {@code status}
     * {@code ACTIVE} enables (and unlocks), {@code DISABLED} disables; {@code password} resets it;
     * {@code resetMfa} removes the user's MFA.
     */
    record UserPatch(@NotNull Long version, @Size(max = 200) String displayName, @Email @Size(max = 320) String email,
            @Pattern(regexp = "en|zh-CN") String locale, @Pattern(regexp = "ACTIVE|DISABLED") String status,
            String password, Boolean resetMfa) {
    }

    record AssignmentView(UUID id, Role role, UUID orgUnitId, boolean includeDescendants, Instant createdAt) {
    }

    /** {@code includeDescendants} defaults to false: a grant reaches further only when asked to. */
    record NewAssignment(@NotNull Role role, @NotNull UUID orgUnitId, Boolean includeDescendants) {
    }

    private final UserAdministration users;
    private final Clock clock;

    UsersApiController(UserAdministration users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search users by username, name or e-mail, optionally by status")
    PageResponse<UserView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) UserStatus status,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(users.search(q, status, pageable), this::view);
    }

    @PostMapping
    @Operation(summary = "Create a user with an initial password that meets the password policy")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request) {
        UserAccount created = users.create(new UserAdministration.NewUser(request.username(), request.displayName(),
                request.email(), request.locale(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.getId())).body(view(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView get(@PathVariable UUID id) {
        return view(users.get(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user; 409 when the version is stale")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UserPatch patch,
            @AuthenticationPrincipal VigilUserDetails me) {
        return view(users.patch(id, patch.version(), new UserAdministration.UserChanges(patch.displayName(),
                patch.email(), patch.locale()), patch.status() == null ? null : UserStatus.valueOf(patch.status()),
                patch.password(), Boolean.TRUE.equals(patch.resetMfa()), me.userId()));
    }

    @GetMapping("/{id}/assignments")
    @Operation(summary = "The user's role assignments")
    List<AssignmentView> assignments(@PathVariable UUID id) {
        return users.assignments(id).stream().map(UsersApiController::view).toList();
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "Grant a role in an org unit (and optionally its descendants)")
    ResponseEntity<AssignmentView> grant(@PathVariable UUID id, @Valid @RequestBody NewAssignment request) {
        RoleAssignment assignment = users.grant(id, request.role(), request.orgUnitId(),
                Boolean.TRUE.equals(request.includeDescendants()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/assignments/" + assignment.getId()))
                .body(view(assignment));
    }

    @DeleteMapping("/{id}/assignments/{assignmentId}")
    @Operation(summary = "Revoke a role assignment")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID assignmentId,
            @AuthenticationPrincipal VigilUserDetails me) {
        users.revoke(id, assignmentId, me.userId());
        return ResponseEntity.noContent().build();
    }

    private UserView view(UserAccount user) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getLocale(),
                user.effectiveStatus(clock.instant()).name(), user.isMfaEnabled(), user.getLockedUntil(),
                user.getCreatedAt(), user.getVersion());
    }

    private static AssignmentView view(RoleAssignment a) {
        return new AssignmentView(a.getId(), a.getRole(), a.getOrgUnitId(), a.isIncludeDescendants(), a.getCreatedAt());
    }
}
