package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.SourcingEventView;
import io.vigil.supplier.internal.SourcingService;
import java.net.URI;
import java.util.UUID;
import io.vigil.shared.web.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sourcing events")
class SourcingApiController {

    record Invite(UUID supplierId) {
    }

    record Award(UUID supplierId, String justification, Long version) {
    }

    private static final Set<String> SORTABLE = Set.of("createdAt", "title", "budget", "state");

    private final SourcingService sourcing;

    private final MessageSource messages;

    SourcingApiController(SourcingService sourcing, MessageSource messages) {
        this.sourcing = sourcing;
        this.messages = messages;
    }

    @PostMapping("/api/v1/sourcing-events")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Open an RFQ, tender or single-source event for a category with a budget")
    ResponseEntity<SourcingEventView> create(@RequestBody SourcingService.NewEvent body) {
        SourcingEventView created = sourcing.create(body);
        return ResponseEntity.created(URI.create("/api/v1/sourcing-events/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/sourcing-events")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Sourcing events of the caller's units")
    PageResponse<SourcingEventView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort),
                Sort.by(Sort.Direction.DESC, "createdAt"), SORTABLE);
        return PageResponse.of(sourcing.list(pageable), Function.identity());
    }

    @GetMapping("/api/v1/sourcing-events/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One sourcing event with its invitations and award")
    SourcingEventView get(@PathVariable UUID id) {
        return sourcing.get(id);
    }

    @PostMapping("/api/v1/sourcing-events/{id}/invitations")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Invite a supplier of the category's pool: barred or unqualified ones are 409, RECTIFYING ones get a warning")
    SourcingEventView invite(@PathVariable UUID id, @RequestBody Invite body) {
        SourcingEventView invited = sourcing.invite(id, body.supplierId());
        return invited.warning() == null ? invited : invited.withWarning(messages.getMessage(
                "supplier.sourcing.warning.rectifying", null, LocaleContextHolder.getLocale()));
    }

    @PostMapping("/api/v1/sourcing-events/{id}/award")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Award to an invited, non-barred supplier with a justification (a stale version is 409)")
    SourcingEventView award(@PathVariable UUID id, @RequestBody Award body) {
        return sourcing.award(id, body.version(), body.supplierId(), body.justification());
    }
}
