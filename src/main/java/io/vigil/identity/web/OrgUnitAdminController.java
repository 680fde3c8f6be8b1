package io.vigil.identity.web;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.internal.OrgUnitAdministration;
import io.vigil.shared.web.VigilException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org-unit tree: create children, rename. */
@Controller
@RequestMapping("/admin/org-units")
@PreAuthorize("hasAuthority('admin:orgunits')")
class OrgUnitAdminController {

    private final OrgUnitAdministration units;
    private final Messages messages;

    OrgUnitAdminController(OrgUnitAdministration units, Messages messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("units", units.tree());
        model.addAttribute("types", Arrays.stream(OrgUnitType.values()).filter(t -> t != OrgUnitType.GROUP).toList());
        return "identity/admin/org-units";
    }

    @PostMapping
    String create(@RequestParam UUID parentId, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) String nameZh,
            @RequestParam OrgUnitType type, RedirectAttributes flash) {
        if (!code.matches("[A-Za-z0-9_-]{1,64}") || name.isBlank() || name.length() > 200) {
            flash.addFlashAttribute("error", messages.text("identity.orgUnit.invalid"));
            return "redirect:/admin/org-units";
        }
        try {
            units.createChild(parentId, code, name, nameZh, type);
            flash.addFlashAttribute("success", messages.text("identity.admin.saved"));
        } catch (VigilException e) {
            flash.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/org-units";
    }

    @PostMapping("/{id}")
    String rename(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String nameZh, RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 200) {
            flash.addFlashAttribute("error", messages.text("identity.orgUnit.invalid"));
            return "redirect:/admin/org-units";
        }
        try {
            units.rename(id, version, name, nameZh);
            flash.addFlashAttribute("success", messages.text("identity.admin.saved"));
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("error", messages.text("problem.staleVersion.detail"));
        }
        return "redirect:/admin/org-units";
    }
}
