package io.vigil.supplier.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.shared.security.DataScope;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import io.vigil.supplier.internal.AccessTimeline.Completion;
import io.vigil.supplier.internal.AccessTimeline.Span;
import io.vigil.supplier.internal.AccessTimeline.SpanState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the access-case screens and the funnel; every read is limited to the caller's visible units. */
@Service
@Transactional(readOnly = true)
public class AccessCaseQueries {

    private final AccessCaseRepository cases;
    private final AccessObjectionRepository objections;
    private final AccessCaseAccess access;
    private final AccessSettings settings;
    private final DataScope scope;
    private final UserDirectory users;
    private final Clock clock;

    AccessCaseQueries(AccessCaseRepository cases, AccessObjectionRepository objections, AccessCaseAccess access,
            AccessSettings settings, DataScope scope, UserDirectory users, Clock clock) {
        this.cases = cases;
        this.objections = objections;
        this.access = access;
        this.settings = settings;
        this.scope = scope;
        this.users = users;
        this.clock = clock;
    }

    public Page<AccessCaseRow> list(AccessCaseFilter filter, Pageable pageable) {
        Page<AccessCaseRow> page = cases.list(scope.visibleUnits(SupplierService.READ).forQuery(), filter.stage(),
                filter.kind(), filter.parsedState(), filter.ownerId() == null, orNone(filter.ownerId()),
                filter.supplierId() == null, orNone(filter.supplierId()), filter.overdueCatchUp(), LocalDate.now(clock),
                pageable);
        // one directory lookup per distinct owner on the page (a handful), not per row
        Map<UUID, String> names = new HashMap<>();
        return page.map(row -> row.withOwnerName(names.computeIfAbsent(row.ownerId(), this::name)));
    }

    private static UUID orNone(UUID id) {
        return id == null ? new UUID(0, 0) : id;
    }

    public AccessCaseDetail detail(UUID caseId) {
        AccessCase c = access.find(caseId);
        Supplier supplier = access.visible(c.getSupplierId());
        Map<UUID, String> names = new HashMap<>();
        java.util.function.Function<UUID, String> name = id -> id == null ? null : names.computeIfAbsent(id, this::name);
        Instant now = clock.instant();
        Map<Stage, String> data = new EnumMap<>(Stage.class);
        c.getStages().forEach(r -> data.put(r.stage(), r.data()));
        List<AccessCaseDetail.StageLine> timeline = AccessTimeline.of(c).stream()
                .map(s -> new AccessCaseDetail.StageLine(s.stage().name(), s.state().name(), s.enteredAt(),
                        s.completedAt(), name.apply(s.completedBy()), s.days(now), s.catchUp(), data.get(s.stage())))
                .toList();
        List<AccessCaseDetail.DeclarationLine> declarations = c.getDeclarations().stream()
                .sorted(Comparator.comparing(AccessCase.Declaration::declaredAt))
                .map(d -> new AccessCaseDetail.DeclarationLine(name.apply(d.userId()), d.conflict(), d.note(),
                        d.declaredAt())).toList();
        List<AccessObjection> raised = objections.findByCaseIdOrderByRecordedAtAsc(c.getId());
        List<AccessCaseDetail.ObjectionLine> objectionLines = raised.stream()
                .map(o -> new AccessCaseDetail.ObjectionLine(o.getId(), o.getObjector(), o.getText(), o.getRaisedOn(),
                        name.apply(o.getRecordedBy()), o.getRecordedAt(), o.getResolution(),
                        name.apply(o.getResolvedBy()), o.getResolvedAt())).toList();
        List<AccessCaseDetail.VoteLine> votes = c.getVotes().stream()
                .sorted(Comparator.comparing(AccessCase.Vote::votedAt))
                .map(v -> new AccessCaseDetail.VoteLine(name.apply(v.voterId()), v.vote().name(), v.reason(),
                        v.votedAt())).toList();
        List<AccessCaseDetail.ApprovalLine> approvals = c.getApprovals().stream()
                .sorted(Comparator.comparing(AccessCase.Approval::approvedAt))
                .map(a -> new AccessCaseDetail.ApprovalLine(name.apply(a.approverId()), a.procurementManager(),
                        a.approvedAt())).toList();
        UUID me = AccessCaseAccess.currentUser();
        var declaration = c.declarationOf(me);
        AccessCaseDetail.Viewer viewer = new AccessCaseDetail.Viewer(me.equals(c.getOwnerId()),
                access.canAccess(SupplierService.WRITE, supplier.getOrgUnitId()),
                access.canAccess(SupplierStatusService.APPROVE, supplier.getOrgUnitId()), declaration.isPresent(),
                declaration.map(AccessCase.Declaration::conflict).orElse(false), c.voteOf(me).isPresent(),
                c.getApprovals().stream().anyMatch(a -> a.approverId().equals(me)));
        LocalDate today = LocalDate.now(clock);
        boolean windowOpen = c.getObjectionWindowEnds() != null && !today.isAfter(c.getObjectionWindowEnds());
        boolean overdue = c.getKind() == Kind.EXPRESS && c.getState() == AccessCase.State.APPROVED
                && !c.isCatchUpCompleted() && c.getCatchUpDeadline() != null && c.getCatchUpDeadline().isBefore(today);
        return new AccessCaseDetail(AccessCaseView.of(c), supplier.getName(), supplier.getStatus().name(),
                name.apply(c.getOwnerId()), timeline, declarations, objectionLines, votes, approvals,
                name.apply(c.getDecidedBy()), viewer, windowOpen, raised.stream().filter(o -> !o.isResolved()).count(),
                settings.committeeMinVotes(), overdue);
    }

    public int defaultObjectionWindowDays() {
        return settings.objectionWindowDays();
    }

    /** The funnel over every visible case, from one query of cases and their stage records. */
    public AccessFunnel funnel() {
        Map<UUID, CaseFacts> facts = new LinkedHashMap<>();
        for (Object[] row : cases.funnelRows(scope.visibleUnits(SupplierService.READ).forQuery())) {
            CaseFacts f = facts.computeIfAbsent((UUID) row[0], id -> new CaseFacts((Kind) row[1],
                    (AccessCase.State) row[2], (Stage) row[3], (Instant) row[4], (Instant) row[5]));
            if (row[6] != null) {
                f.records.put((Stage) row[6], new Completion((Instant) row[7], null));
            }
        }
        Instant now = clock.instant();
        Map<Stage, List<Double>> days = new EnumMap<>(Stage.class);
        Map<Stage, long[]> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            days.put(stage, new ArrayList<>());
            counts.put(stage, new long[3]);
        }
        for (CaseFacts f : facts.values()) {
            for (Span span : AccessTimeline.spans(f.kind, f.state, f.stage, f.openedAt, f.decidedAt, null, f.records)) {
                if (span.catchUp()) {
                    continue;
                }
                long[] c = counts.get(span.stage());
                if (span.enteredAt() != null || span.state() == SpanState.DONE) {
                    c[0]++;
                }
                if (span.state() == SpanState.CURRENT) {
                    c[1]++;
                }
                if (span.state() == SpanState.DONE) {
                    c[2]++;
                    Double d = span.days(now);
                    if (d != null) {
                        days.get(span.stage()).add(d);
                    }
                }
            }
        }
        List<AccessFunnel.StageFigures> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long[] c = counts.get(stage);
            List<Double> d = days.get(stage);
            stages.add(new AccessFunnel.StageFigures(stage.name(), c[0], c[1], c[2], median(d), mean(d)));
        }
        long total = facts.size();
        long express = facts.values().stream().filter(f -> f.kind == Kind.EXPRESS).count();
        return new AccessFunnel(stages, total, total - express, express,
                total == 0 ? 0 : Math.round(express * 1000.0 / total) / 10.0,
                count(facts, AccessCase.State.OPEN), count(facts, AccessCase.State.APPROVED),
                count(facts, AccessCase.State.REJECTED));
    }

    private static long count(Map<UUID, CaseFacts> facts, AccessCase.State state) {
        return facts.values().stream().filter(f -> f.state == state).count();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null
                : Math.round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10) / 10.0;
    }

    private String name(UUID id) {
        return users.find(id).map(u -> Objects.requireNonNullElse(u.displayName(), u.username()))
                .orElse(id.toString().substring(0, 8));
    }

    private static final class CaseFacts {
        final Kind kind;
        final AccessCase.State state;
        final Stage stage;
        final Instant openedAt;
        final Instant decidedAt;
        final Map<Stage, Completion> records = new EnumMap<>(Stage.class);

        CaseFacts(Kind kind, AccessCase.State state, Stage stage, Instant openedAt, Instant decidedAt) {
            this.kind = kind;
            this.state = state;
            this.stage = stage;
            this.openedAt = openedAt;
            this.decidedAt = decidedAt;
        }
    }
}
