package io.vigil.supplier.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.SourcingEvent.State;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a sourcing event: the panel, its conflict-of-interest declarations, the bids recorded on
 * the suppliers' behalf, the members' technical scores and the combined ranking. The rules, all enforced here:
 * a member who has not declared sees no bid; a member cannot score a bid of a supplier they declared a
 * conflict with, nor of a supplier they own as procurement officer (both 403 naming the reason); only invited
 * suppliers bid.
 */
@Service
@Transactional
public class SourcingEvaluationService {

    static final String ENTITY = SourcingAccess.ENTITY;

    public record NewBid(UUID supplierId, BigDecimal amount, String currency, String notes, String documents) {
    }

    /** What the current user may do on the event's evaluation: for the screen. */
    public record Standing(boolean member, boolean declared, boolean canSeeBids, Set<UUID> conflicts,
            Map<UUID, String> blockedBids) {
    }

    private final SourcingAccess access;
    private final SourcingPanelMemberRepository panel;
    private final SourcingBidRepository bids;
    private final SupplierRepository suppliers;
    private final UserDirectory users;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourcingEvaluationService(SourcingAccess access, SourcingPanelMemberRepository panel, SourcingBidRepository bids,
            SupplierRepository suppliers, UserDirectory users, ApplicationEventPublisher publisher, Clock clock) {
        this.access = access;
        this.panel = panel;
        this.bids = bids;
        this.suppliers = suppliers;
        this.users = users;
        this.publisher = publisher;
        this.clock = clock;
    }

    public SourcingEventView addMember(UUID eventId, UUID userId) {
        SourcingEvent event = access.writable(eventId);
        SourcingLifecycle.requireIn(event.getState(), SourcingLifecycle.STAFFING_PANEL, "add-panel-member");
        if (userId == null || users.find(userId).isEmpty()) {
            throw new InvalidSupplierException(List.of(new FieldProblem("userId", "sourcing.error.unknownUser")));
        }
        if (panel.existsByEventIdAndUserId(eventId, userId)) {
            throw new VigilException(HttpStatus.CONFLICT, "already-panel-member", "sourcing.error.alreadyMember");
        }
        panel.saveAndFlush(new SourcingPanelMember(eventId, userId, SourcingAccess.currentUser(), clock.instant()));
        audit("PANEL_MEMBER_ADDED", event, "Panel member " + name(userId) + " added",
                Map.of("memberId", userId.toString()));
        return access.view(event, null);
    }

    /** The caller declares their conflicts of interest (an empty list = none) among the invited suppliers. */
    public SourcingEventView declare(UUID eventId, Collection<UUID> conflictSupplierIds, String note) {
        SourcingEvent event = access.readable(eventId);
        SourcingPanelMember member = memberOrForbidden(eventId);
        SourcingLifecycle.requireIn(event.getState(), SourcingLifecycle.DECLARING, "declare");
        if (member.declared()) {
            throw new VigilException(HttpStatus.CONFLICT, "already-declared", "sourcing.error.alreadyDeclared");
        }
        Set<UUID> conflicts = new HashSet<>(conflictSupplierIds == null ? List.of() : conflictSupplierIds);
        conflicts.remove(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (conflicts.stream().anyMatch(s -> !event.invited(s))) {
            problems.add(new FieldProblem("conflictSupplierIds", "sourcing.error.conflictNotInvited"));
        }
        String text = SupplierService.trim(note);
        if (text != null && text.length() > 1000) {
            problems.add(new FieldProblem("note", "supplier.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        member.declare(conflicts, text, clock.instant());
        panel.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("memberId", member.getUserId().toString());
        details.put("conflicts", conflicts.stream().map(UUID::toString).sorted().toList());
        if (text != null) {
            details.put("note", text);
        }
        audit(conflicts.isEmpty() ? "NO_CONFLICT_DECLARED" : "CONFLICT_DECLARED", event,
                name(member.getUserId()) + (conflicts.isEmpty() ? " declared no conflict of interest"
                        : " declared a conflict of interest with " + conflicts.size() + " supplier(s)"), details);
        return access.view(event, null);
    }

    /** Staff record an invited supplier's bid while the event is open for bids; one bid per supplier. */
    public BidView submitBid(UUID eventId, NewBid input) {
        SourcingEvent event = access.writable(eventId);
        SourcingLifecycle.requireIn(event.getState(), SourcingLifecycle.BIDDING, "bid");
        List<FieldProblem> problems = new ArrayList<>();
        if (input.supplierId() == null) {
            problems.add(new FieldProblem("supplierId", "supplier.error.required"));
        }
        BigDecimal amount = input.amount();
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
            problems.add(new FieldProblem("amount", "sourcing.error.amount"));
        }
        String currency = input.currency() == null ? event.getCurrency() : input.currency().strip().toUpperCase();
        if (!currency.equals(event.getCurrency())) {
            problems.add(new FieldProblem("currency", "sourcing.error.bidCurrency", event.getCurrency()));
        }
        String notes = SupplierService.trim(input.notes());
        if (notes != null && notes.length() > 4000) {
            problems.add(new FieldProblem("notes", "supplier.error.tooLong", 4000));
        }
        String documents = SupplierService.trim(input.documents());
        if (documents != null && documents.length() > 2000) {
            problems.add(new FieldProblem("documents", "supplier.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        if (!event.invited(input.supplierId())) {
            throw new VigilException(HttpStatus.CONFLICT, "not-invited", "sourcing.error.bidNotInvited");
        }
        if (bids.existsByEventIdAndSupplierId(eventId, input.supplierId())) {
            throw new VigilException(HttpStatus.CONFLICT, "already-bid", "sourcing.error.alreadyBid");
        }
        SourcingBid bid = bids.saveAndFlush(new SourcingBid(eventId, input.supplierId(), amount, currency, notes,
                documents, SourcingAccess.currentUser(), clock.instant()));
        Supplier supplier = suppliers.findById(input.supplierId()).orElseThrow();
        audit("BID_SUBMITTED", event, "Bid of " + supplier.getName() + " recorded: " + amount.toPlainString() + " "
                + currency, Map.of("supplierId", supplier.getId().toString(), "bidId", bid.getId().toString(),
                "amount", amount.toPlainString() + " " + currency));
        return view(bid, true, null);
    }

    /** The bids, for a reader allowed to see them: an undeclared panel member gets 403. */
    @Transactional(readOnly = true)
    public List<BidView> bids(UUID eventId) {
        SourcingEvent event = access.readable(eventId);
        UUID me = SourcingAccess.currentUser();
        SourcingPanelMember member = panel.findByEventIdAndUserId(eventId, me).orElse(null);
        requireSeesBids(member);
        boolean allScores = member == null || event.getState() != State.EVALUATION;
        return bids.findByEventIdOrderBySubmittedAtAsc(eventId).stream()
                .map(b -> view(b, allScores, me)).toList();
    }

    /** A member's technical score (0–100) of one bid, during evaluation. */
    public BidView score(UUID eventId, UUID bidId, Integer score, String comment) {
        SourcingEvent event = access.readable(eventId);
        SourcingPanelMember member = memberOrForbidden(eventId);
        requireSeesBids(member);
        SourcingBid bid = bids.findById(bidId).filter(b -> b.getEventId().equals(eventId))
                .orElseThrow(() -> new io.vigil.shared.security.RecordNotFoundException("SupplierSourcingBid", bidId));
        SourcingLifecycle.requireIn(event.getState(), SourcingLifecycle.SCORING, "score");
        Supplier supplier = suppliers.findById(bid.getSupplierId()).orElseThrow();
        String blocked = blockReason(member, supplier);
        if (blocked != null) {
            throw new VigilException(HttpStatus.FORBIDDEN, blocked, "sourcing.error." + blocked, supplier.getName());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (score == null || score < 0 || score > 100) {
            problems.add(new FieldProblem("score", "sourcing.error.score"));
        }
        String text = SupplierService.trim(comment);
        if (text != null && text.length() > 1000) {
            problems.add(new FieldProblem("comment", "supplier.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        bid.score(member.getUserId(), score, text, clock.instant());
        bids.flush();
        audit("BID_SCORED", event, name(member.getUserId()) + " scored the bid of " + supplier.getName() + ": " + score,
                Map.of("bidId", bidId.toString(), "supplierId", supplier.getId().toString(), "memberId",
                        member.getUserId().toString(), "score", score));
        return view(bid, false, member.getUserId());
    }

    /** The ranking with its computation; hidden like the bids. */
    @Transactional(readOnly = true)
    public SourcingEvaluation evaluation(UUID eventId) {
        SourcingEvent event = access.readable(eventId);
        requireSeesBids(panel.findByEventIdAndUserId(eventId, SourcingAccess.currentUser()).orElse(null));
        return evaluate(event);
    }

    /** The current user's standing on the event: member, declared, which bids they cannot score and why. */
    @Transactional(readOnly = true)
    public Standing standing(UUID eventId) {
        access.readable(eventId);
        SourcingPanelMember member = panel.findByEventIdAndUserId(eventId, SourcingAccess.currentUser()).orElse(null);
        boolean sees = member == null || member.declared();
        Map<UUID, String> blocked = new LinkedHashMap<>();
        if (member != null) {
            List<SourcingBid> all = bids.findByEventIdOrderBySubmittedAtAsc(eventId);
            Map<UUID, Supplier> bidders = bidders(all);
            for (SourcingBid b : all) {
                String reason = blockReason(member, bidders.get(b.getSupplierId()));
                if (reason != null) {
                    blocked.put(b.getId(), reason);
                }
            }
        }
        return new Standing(member != null, member != null && member.declared(), sees,
                member == null ? Set.of() : Set.copyOf(member.getConflicts()), blocked);
    }

    /** For the award: ranking and completeness, without the reader check (the awarder is checked for write). */
    SourcingEvaluation evaluate(SourcingEvent event) {
        List<SourcingBid> all = bids.findByEventIdOrderBySubmittedAtAsc(event.getId());
        List<SourcingPanelMember> members = panel.findByEventIdOrderByAddedAtAsc(event.getId());
        Map<UUID, Supplier> bidders = bidders(all);
        List<String> missing = new ArrayList<>();
        if (all.isEmpty()) {
            missing.add("bids");
        }
        if (members.isEmpty()) {
            missing.add("panel");
        }
        for (SourcingPanelMember m : members) {
            if (!m.declared()) {
                missing.add("declaration:" + m.getUserId());
            }
        }
        for (SourcingBid b : all) {
            boolean anyEligible = false;
            for (SourcingPanelMember m : members) {
                if (m.declared() && blockReason(m, bidders.get(b.getSupplierId())) == null) {
                    anyEligible = true;
                    if (!b.scoredBy(m.getUserId())) {
                        missing.add("score:" + b.getId() + ":" + m.getUserId());
                    }
                }
            }
            if (!anyEligible && !members.isEmpty() && members.stream().allMatch(SourcingPanelMember::declared)) {
                missing.add("evaluator:" + b.getId());
            }
        }
        List<SourcingRanking.Row> ranking = SourcingRanking.rank(all.stream().map(b -> new SourcingRanking.Input(
                b.getId(), b.getSupplierId(), b.getAmount(), b.scoreValues())).toList(), event.getPriceWeight());
        return new SourcingEvaluation(event.getPriceWeight(), 100 - event.getPriceWeight(), ranking,
                missing.isEmpty(), missing);
    }

    SourcingBid bid(UUID eventId, UUID bidId, UUID supplierId) {
        return bids.findByEventIdOrderBySubmittedAtAsc(eventId).stream()
                .filter(b -> bidId != null ? b.getId().equals(bidId) : b.getSupplierId().equals(supplierId))
                .findFirst().orElse(null);
    }

    /** Why a member may not evaluate a supplier's bid: a declared conflict, or owning the supplier; else null. */
    static String blockReason(SourcingPanelMember member, Supplier supplier) {
        if (member.conflictedWith(supplier.getId())) {
            return "conflict-of-interest";
        }
        if (Objects.equals(supplier.getOwnerId(), member.getUserId())) {
            return "owns-supplier";
        }
        return null;
    }

    private Map<UUID, Supplier> bidders(List<SourcingBid> all) {
        return suppliers.findAllById(all.stream().map(SourcingBid::getSupplierId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Supplier::getId, Function.identity()));
    }

    private static void requireSeesBids(SourcingPanelMember member) {
        if (member != null && !member.declared()) {
            throw new VigilException(HttpStatus.FORBIDDEN, "declaration-required", "sourcing.error.declarationRequired");
        }
    }

    private SourcingPanelMember memberOrForbidden(UUID eventId) {
        return panel.findByEventIdAndUserId(eventId, SourcingAccess.currentUser())
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "not-panel-member",
                        "sourcing.error.notPanelMember"));
    }

    private static BidView view(SourcingBid b, boolean allScores, UUID me) {
        List<BidView.ScoreView> scores = b.getScores().stream()
                .filter(s -> allScores || s.memberUserId().equals(me))
                .sorted(java.util.Comparator.comparing(SourcingBid.Score::scoredAt))
                .map(s -> new BidView.ScoreView(s.memberUserId(), s.score(), s.comment(), s.scoredAt())).toList();
        return new BidView(b.getId(), b.getSupplierId(), b.getAmount(), b.getCurrency(), b.getNotes(),
                b.getDocuments(), b.getSubmittedBy(), b.getSubmittedAt(), SourcingRanking.mean(b.scoreValues()),
                b.getScores().size(), scores);
    }

    private String name(UUID userId) {
        return users.find(userId).map(u -> u.displayName() != null ? u.displayName() : u.username())
                .orElse(userId.toString());
    }

    private void audit(String action, SourcingEvent event, String summary, Map<String, Object> details) {
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("state", event.getState().name());
        AuditableEvent audited = AuditableEvent.change(action, ENTITY, event.getId(), event.getOrgUnitId(), summary,
                Map.of(), after);
        // a bid and its scores concern one supplier: its timeline shows them
        Object supplierId = details.get("supplierId");
        publisher.publishEvent(supplierId == null ? audited : audited.relatedTo(SupplierService.ENTITY, supplierId));
    }
}
