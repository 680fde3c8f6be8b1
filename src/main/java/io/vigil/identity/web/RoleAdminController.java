package io.vigil.identity.web;

import io.vigil.identity.Permission;
import io.vigil.identity.Role;
import io.vigil.identity.internal.MultiFactor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roles × permissions matrix (read-only: roles are code) and the per-role MFA requirement. */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('admin:users')")
class RoleAdminController {

    private final MultiFactor multiFactor;
    private final Messages messages;

    RoleAdminController(MultiFactor multiFactor, Messages messages) {
        this.multiFactor = multiFactor;
        this.messages = messages;
    }

    @GetMapping
    String matrix(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("permissions", Permission.values());
        model.addAttribute("mfaRequired", multiFactor.requiredRoles());
        return "identity/admin/roles";
    }

    @PostMapping("/{role}/mfa")
    String requireMfa(@PathVariable Role role, @RequestParam boolean required, RedirectAttributes flash) {
        multiFactor.setRequired(role, required);
        flash.addFlashAttribute("success", messages.text("identity.admin.saved"));
        return "redirect:/admin/roles";
    }
}
