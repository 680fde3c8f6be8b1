package io.vigil.supplier.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier portal: a SUPPLIER_CONTACT account is linked to one supplier and reads only that
 * supplier. The portal does not go through {@link DataScope} (contacts hold no unit rights); the link
 * is the only way in, and any other supplier's id is answered as not found.
 */
@Service
@Transactional
public class SupplierPortalService {

    static final String ENTITY = "SupplierContactAccount";

    public record PortalUser(UUID userId, String username, String displayName, UUID supplierId) {
    }

    private final ContactAccountRepository accounts;
    private final SupplierRepository suppliers;
    private final SupplierService supplierService;
    private final UserDirectory users;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierPortalService(ContactAccountRepository accounts, SupplierRepository suppliers,
            SupplierService supplierService, UserDirectory users, DataScope scope, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.suppliers = suppliers;
        this.supplierService = supplierService;
        this.users = users;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Links (or relinks) a user account to the supplier; the caller must be able to change the supplier. */
    public PortalUser link(UUID supplierId, UUID userId) {
        Supplier supplier = supplierService.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        UserSummary user = userId == null ? null : users.find(userId).orElse(null);
        if (user == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("userId", "supplier.portal.error.unknownUser")));
        }
        UUID before = accounts.findById(userId).map(ContactAccount::getSupplierId).orElse(null);
        accounts.save(new ContactAccount(userId, supplierId, currentUser(), clock.instant()));
        accounts.flush();
        events.publishEvent(AuditableEvent.change("PORTAL_USER_LINKED", ENTITY, userId, supplier.getOrgUnitId(),
                "Portal user " + user.username() + " linked to supplier " + supplier.getName(),
                before == null ? Map.of() : Map.of("supplierId", before.toString()),
                Map.of("supplierId", supplierId.toString(), "username", user.username()))
                .relatedTo(SupplierService.ENTITY, supplierId));
        return new PortalUser(userId, user.username(), user.displayName(), supplierId);
    }

    @Transactional(readOnly = true)
    public List<PortalUser> portalUsers(UUID supplierId) {
        supplierService.visible(supplierId);
        return accounts.findBySupplierId(supplierId).stream()
                .map(a -> users.find(a.getUserId())
                        .map(u -> new PortalUser(u.id(), u.username(), u.displayName(), supplierId)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The current contact's own company; not linked is not found. */
    @Transactional(readOnly = true)
    public PortalProfile mine() {
        return PortalProfile.of(own());
    }

    /** A supplier by id as the portal user may see it: only their own; any other id does not exist for them. */
    @Transactional(readOnly = true)
    public PortalProfile byId(UUID supplierId) {
        Supplier supplier = own();
        if (!supplier.getId().equals(supplierId)) {
            throw new RecordNotFoundException(SupplierService.ENTITY, supplierId);
        }
        return PortalProfile.of(supplier);
    }

    /** The owner (procurement officer) of the contact's own company: who reviews what the contact submits. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> ownOwnerId() {
        return java.util.Optional.ofNullable(own().getOwnerId());
    }

    private Supplier own() {
        UUID user = currentUser();
        UUID supplierId = accounts.findById(user).map(ContactAccount::getSupplierId)
                .orElseThrow(() -> new RecordNotFoundException(SupplierService.ENTITY, "portal"));
        return suppliers.findById(supplierId)
                .orElseThrow(() -> new RecordNotFoundException(SupplierService.ENTITY, supplierId));
    }

    private static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
