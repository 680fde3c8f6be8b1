package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.supplier.internal.PortalProfile;
import io.vigil.supplier.internal.SupplierPortalService;
import io.vigil.supplier.internal.SupplierPortalService.PortalUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supplier portal")
class SupplierPortalApiController {

    record Link(UUID userId) {
    }

    private final SupplierPortalService portal;

    SupplierPortalApiController(SupplierPortalService portal) {
        this.portal = portal;
    }

    @PostMapping("/api/v1/suppliers/{id}/portal-users")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Link a user account (a supplier contact) to this supplier for the portal")
    PortalUser link(@PathVariable UUID id, @RequestBody Link body) {
        return portal.link(id, body.userId());
    }

    @GetMapping("/api/v1/suppliers/{id}/portal-users")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The portal users linked to this supplier")
    List<PortalUser> portalUsers(@PathVariable UUID id) {
        return portal.portalUsers(id);
    }

    @GetMapping("/api/v1/portal/supplier")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "The supplier contact's own company")
    PortalProfile mine() {
        return portal.mine();
    }

    @GetMapping("/api/v1/portal/suppliers/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "A supplier by id: only the contact's own company, any other is 404")
    PortalProfile byId(@PathVariable UUID id) {
        return portal.byId(id);
    }
}
