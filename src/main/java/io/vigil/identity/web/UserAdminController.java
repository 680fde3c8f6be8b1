package io.vigil.identity.web;

import io.vigil.audit.AuditHistory;

import io.vigil.identity.Role;
import io.vigil.identity.internal.MultiFactor;
import io.vigil.identity.internal.OrgUnit;
import io.vigil.identity.internal.OrgUnitAdministration;
import io.vigil.identity.internal.RoleAssignment;
import io.vigil.identity.internal.UserAccount;
import io.vigil.identity.internal.UserAdministration;
import io.vigil.identity.internal.UserStatus;
import io.vigil.identity.internal.VigilUserDetails;
import io.vigil.shared.web.VigilException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration screens for accounts and their role assignments. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('admin:users')")
class UserAdminController {

    record NewUserForm(@NotBlank @Pattern(regexp = UsersApiController.USERNAME_PATTERN) String username,
            @NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email, String locale,
            @NotBlank String password) {
    }

    record EditForm(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email,
            String locale, @NotNull Long version) {
    }

    record AssignmentRow(UUID id, Role role, String unitName, String unitCode, boolean includeDescendants) {
    }

    private final UserAdministration users;
    private final OrgUnitAdministration units;
    private final MultiFactor multiFactor;
    private final Messages messages;
    private final AuditHistory history;
    private final Clock clock;

    UserAdminController(UserAdministration users, OrgUnitAdministration units, MultiFactor multiFactor,
            Messages messages, AuditHistory history, Clock clock) {
        this.history = history;
        this.users = users;
        this.units = units;
        this.multiFactor = multiFactor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UserStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<UserAccount> result = users.search(q, status, PageRequest.of(Math.max(page, 0), 25, Sort.by("username")));
        model.addAttribute("users", result);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UserStatus.values());
        model.addAttribute("now", clock.instant());
        return "identity/admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new NewUserForm("", "", "", "zh-CN", ""));
        return "identity/admin/user-new";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return "identity/admin/user-new";
        }
        try {
            UserAccount created = users.create(new UserAdministration.NewUser(form.username(), form.displayName(),
                    form.email(), form.locale(), form.password()));
            return "redirect:/admin/users/" + created.getId() + "?created";
        } catch (VigilException e) {
            errors.rejectValue("password".equals(fieldOf(e)) ? "password" : "username", e.type(), messages.text(e));
            return "identity/admin/user-new";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        UserAccount user = users.get(id);
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", new EditForm(user.getDisplayName(), user.getEmail(), user.getLocale(),
                    user.getVersion()));
        }
        Map<UUID, OrgUnit> tree = units.tree().stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("user", user);
        model.addAttribute("status", user.effectiveStatus(clock.instant()));
        model.addAttribute("assignments", users.assignments(id).stream().map(a -> row(a, tree, locale)).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", tree.values().stream().map(OrgUnit::toView).toList());
        model.addAttribute("history", history.historyOf("User", id.toString()));
        return "identity/admin/user";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("editForm") EditForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        try {
            users.update(id, form.version(), new UserAdministration.UserChanges(form.displayName(), form.email(),
                    form.locale()));
            flash.addFlashAttribute("success", messages.text("identity.admin.saved"));
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("error", messages.text("problem.staleVersion.detail"));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, @AuthenticationPrincipal VigilUserDetails me, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.disabled", () -> users.disable(id, me.userId()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.enabled", () -> users.enable(id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.unlocked", () -> users.unlock(id));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
            RedirectAttributes flash) {
        return act(id, flash, "identity.admin.passwordReset", () -> users.resetPassword(id, password));
    }

    @PostMapping("/{id}/mfa-reset")
    String resetMfa(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.mfaReset", () -> multiFactor.adminReset(id));
    }

    @PostMapping("/{id}/assignments")
    String grant(@PathVariable UUID id, @RequestParam Role role, @RequestParam UUID orgUnitId,
            @RequestParam(defaultValue = "false") boolean includeDescendants, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.granted", () -> users.grant(id, role, orgUnitId, includeDescendants));
    }

    @PostMapping("/{id}/assignments/{assignmentId}/delete")
    String revoke(@PathVariable UUID id, @PathVariable UUID assignmentId,
            @AuthenticationPrincipal VigilUserDetails me, RedirectAttributes flash) {
        return act(id, flash, "identity.admin.revoked", () -> users.revoke(id, assignmentId, me.userId()));
    }

    private String act(UUID id, RedirectAttributes flash, String successKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("success", messages.text(successKey));
        } catch (VigilException e) {
            flash.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/users/" + id;
    }

    private static String fieldOf(VigilException e) {
        return "password-policy".equals(e.type()) ? "password" : "username";
    }

    private static AssignmentRow row(RoleAssignment a, Map<UUID, OrgUnit> tree, Locale locale) {
        OrgUnit unit = tree.get(a.getOrgUnitId());
        return new AssignmentRow(a.getId(), a.getRole(), unit == null ? "?" : unit.toView().displayName(locale),
                unit == null ? "?" : unit.getCode(), a.isIncludeDescendants());
    }
}
