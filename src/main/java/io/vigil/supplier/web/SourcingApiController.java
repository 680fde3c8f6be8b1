package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.BidView;
import io.vigil.supplier.internal.SourcingEvaluation;
import io.vigil.supplier.internal.SourcingEvaluationService;
import io.vigil.supplier.internal.SourcingEventView;
import io.vigil.supplier.internal.SourcingFilter;
import io.vigil.supplier.internal.SourcingService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sourcing events")
class SourcingApiController {

    record Invite(UUID supplierId) {
    }

    record Award(UUID bidId, UUID supplierId, String justification, Boolean notTopRanked, Long version) {
    }

    record Transition(String to, String reason, Long version) {
    }

    record Member(UUID userId) {
    }

    record Declaration(List<UUID> conflictSupplierIds, String note) {
    }

    record Score(Integer score, String comment) {
    }

    private static final Set<String> SORTABLE = Set.of("createdAt", "title", "budget", "state", "kind", "category");

    private final SourcingService sourcing;
    private final SourcingEvaluationService evaluation;
    private final MessageSource messages;

    SourcingApiController(SourcingService sourcing, SourcingEvaluationService evaluation, MessageSource messages) {
        this.sourcing = sourcing;
        this.evaluation = evaluation;
        this.messages = messages;
    }

    @PostMapping("/api/v1/sourcing-events")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Draft an RFQ, tender or single-source event for a category with a budget (priceWeight 0–100, default 40)")
    ResponseEntity<SourcingEventView> create(@RequestBody SourcingService.NewEvent body) {
        SourcingEventView created = sourcing.create(body);
        return ResponseEntity.created(URI.create("/api/v1/sourcing-events/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/sourcing-events")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Sourcing events of the caller's units, filtered by state, kind, category, q")
    PageResponse<SourcingEventView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort),
                Sort.by(Sort.Direction.DESC, "createdAt"), SORTABLE);
        return PageResponse.of(sourcing.list(new SourcingFilter(state, kind, category, q), pageable),
                Function.identity());
    }

    @GetMapping("/api/v1/sourcing-events/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One sourcing event with its invitations, panel, declarations, history and award (no bid prices)")
    SourcingEventView get(@PathVariable UUID id) {
        return sourcing.get(id);
    }

    @PostMapping("/api/v1/sourcing-events/{id}/transitions")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Move the event (OPEN, EVALUATION, CLOSED, CANCELLED with a reason); illegal moves are 409 naming the allowed ones")
    SourcingEventView transition(@PathVariable UUID id, @RequestBody Transition body) {
        return sourcing.transition(id, body.to(), body.reason(), body.version());
    }

    @PostMapping("/api/v1/sourcing-events/{id}/invitations")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Invite a supplier of the category's pool: barred or unqualified ones are 409, RECTIFYING ones get a warning")
    SourcingEventView invite(@PathVariable UUID id, @RequestBody Invite body) {
        SourcingEventView invited = sourcing.invite(id, body.supplierId());
        return invited.warning() == null ? invited : invited.withWarning(messages.getMessage(
                "supplier.sourcing.warning.rectifying", null, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/api/v1/sourcing-events/{id}/pool")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Suppliers that can still be invited: the category's QUALIFIED, PREFERRED and (with a warning) RECTIFYING ones")
    List<SourcingService.PoolEntry> pool(@PathVariable UUID id) {
        return sourcing.pool(id);
    }

    @PostMapping("/api/v1/sourcing-events/{id}/panel")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Add an evaluation panel member (while DRAFT or OPEN)")
    SourcingEventView addMember(@PathVariable UUID id, @RequestBody Member body) {
        return evaluation.addMember(id, body.userId());
    }

    @PostMapping("/api/v1/sourcing-events/{id}/declaration")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The calling panel member declares conflicts of interest (an empty list = none); required before seeing bids")
    SourcingEventView declare(@PathVariable UUID id, @RequestBody Declaration body) {
        return evaluation.declare(id, body.conflictSupplierIds(), body.note());
    }

    @PostMapping("/api/v1/sourcing-events/{id}/bids")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Record an invited supplier's bid on its behalf while the event is OPEN (uninvited: 409)")
    ResponseEntity<BidView> bid(@PathVariable UUID id, @RequestBody SourcingEvaluationService.NewBid body) {
        BidView bid = evaluation.submitBid(id, body);
        return ResponseEntity.created(URI.create("/api/v1/sourcing-events/" + id + "/bids/" + bid.id())).body(bid);
    }

    @GetMapping("/api/v1/sourcing-events/{id}/bids")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The bids; 403 to a panel member who has not declared conflicts of interest")
    List<BidView> bids(@PathVariable UUID id) {
        return evaluation.bids(id);
    }

    @PostMapping("/api/v1/sourcing-events/{id}/bids/{bidId}/scores")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The calling panel member's technical score 0–100 (403 when conflicted or owning the supplier)")
    BidView score(@PathVariable UUID id, @PathVariable UUID bidId, @RequestBody Score body) {
        return evaluation.score(id, bidId, body.score(), body.comment());
    }

    @GetMapping("/api/v1/sourcing-events/{id}/ranking")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The combined price/technical ranking with its computation and what the evaluation still lacks")
    SourcingEvaluation ranking(@PathVariable UUID id) {
        return evaluation.evaluation(id);
    }

    @PostMapping("/api/v1/sourcing-events/{id}/award")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Award a bid after a complete evaluation, with a justification; a bid not ranked first needs notTopRanked=true")
    SourcingEventView award(@PathVariable UUID id, @RequestBody Award body) {
        return sourcing.award(id, new SourcingService.AwardRequest(body.bidId(), body.supplierId(), body.justification(),
                Boolean.TRUE.equals(body.notTopRanked()), body.version()));
    }
}
