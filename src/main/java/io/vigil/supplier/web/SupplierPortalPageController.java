package io.vigil.supplier.web;

import io.vigil.supplier.internal.SupplierPortalService;
import io.vigil.supplier.internal.SupplierService;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The supplier contact's portal: their own company only. */
@Controller
class SupplierPortalPageController {

    private final SupplierPortalService portal;
    private final SupplierService suppliers;

    SupplierPortalPageController(SupplierPortalService portal, SupplierService suppliers) {
        this.portal = portal;
        this.suppliers = suppliers;
    }

    @GetMapping("/portal")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String home(Model model) {
        model.addAttribute("profile", portal.mine());
        model.addAttribute("categories", suppliers.categories());
        return "supplier/portal";
    }

    @GetMapping("/portal/suppliers/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String byId(@PathVariable UUID id, Model model) {
        model.addAttribute("profile", portal.byId(id));
        model.addAttribute("categories", suppliers.categories());
        return "supplier/portal";
    }
}
