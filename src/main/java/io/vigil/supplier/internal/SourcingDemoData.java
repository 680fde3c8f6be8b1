package io.vigil.supplier.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.SourcingEvent.State;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, after {@link SupplierDemoData}: 15 sourcing events across categories in every state, with
 * invitations from the qualified pools, panels and their declarations (one conflict of interest), bids, scores
 * and awards (one flagged as not top-ranked), and about 60 contracts, some ending within 30 days. Seeded: the
 * same data on every run.
 */
@Component
@Profile("demo")
@Order(46)
class SourcingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SourcingDemoData.class);

    private record Plan(String title, SourcingEvent.Kind kind, String category, long budget, State state) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("廊坊数据中心 UPS 更换", SourcingEvent.Kind.TENDER, "POWER_COOLING", 2_800_000, State.CLOSED),
            new Plan("上海机房精密空调扩容", SourcingEvent.Kind.TENDER, "POWER_COOLING", 1_600_000, State.AWARDED),
            new Plan("核心交换机采购 2027", SourcingEvent.Kind.RFQ, "IT_EQUIPMENT", 950_000, State.EVALUATION),
            new Plan("服务器年度框架采购", SourcingEvent.Kind.TENDER, "IT_EQUIPMENT", 5_200_000, State.AWARDED),
            new Plan("城域网专线带宽续约", SourcingEvent.Kind.RFQ, "NETWORK_BANDWIDTH", 720_000, State.OPEN),
            new Plan("日志分析平台许可", SourcingEvent.Kind.SINGLE_SOURCE, "SOFTWARE", 380_000, State.CLOSED),
            new Plan("渗透测试服务 2027", SourcingEvent.Kind.RFQ, "PROFESSIONAL_SERVICES", 260_000, State.EVALUATION),
            new Plan("园区物业服务外包", SourcingEvent.Kind.TENDER, "FACILITY_SERVICES", 1_100_000, State.OPEN),
            new Plan("数据中心安保服务", SourcingEvent.Kind.TENDER, "SECURITY_SERVICES", 840_000, State.EVALUATION),
            new Plan("机柜与配电改造工程", SourcingEvent.Kind.TENDER, "CONSTRUCTION", 3_400_000, State.DRAFT),
            new Plan("备件物流服务", SourcingEvent.Kind.RFQ, "LOGISTICS", 150_000, State.CANCELLED),
            new Plan("ISO 27001 咨询服务", SourcingEvent.Kind.RFQ, "PROFESSIONAL_SERVICES", 180_000, State.AWARDED),
            new Plan("存储阵列扩容", SourcingEvent.Kind.RFQ, "IT_EQUIPMENT", 1_250_000, State.OPEN),
            new Plan("柴油发电机维保", SourcingEvent.Kind.SINGLE_SOURCE, "POWER_COOLING", 300_000, State.DRAFT),
            new Plan("办公网络改造", SourcingEvent.Kind.RFQ, "NETWORK_BANDWIDTH", 420_000, State.CANCELLED));

    private final SourcingEventRepository events;
    private final SourcingPanelMemberRepository panel;
    private final SourcingBidRepository bids;
    private final ContractRepository contracts;
    private final SupplierRepository suppliers;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourcingDemoData(SourcingEventRepository events, SourcingPanelMemberRepository panel, SourcingBidRepository bids,
            ContractRepository contracts, SupplierRepository suppliers, OrgUnits orgUnits, UserDirectory users,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.panel = panel;
        this.bids = bids;
        this.contracts = contracts;
        this.suppliers = suppliers;
        this.orgUnits = orgUnits;
        this.users = users;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID unit = orgUnits.findByCode("PROC").or(() -> orgUnits.findByCode("GROUP")).map(OrgUnitView::id)
                .orElse(null);
        Optional<UserSummary> officer = users.findByUsername("procofficer");
        if (unit == null || officer.isEmpty() || events.existsByTitle(PLANS.get(0).title())) {
            return;
        }
        List<UUID> members = Set.of("procmanager", "secofficer", "compliance", "procofficer").stream().sorted()
                .map(users::findByUsername).flatMap(Optional::stream).map(UserSummary::id).toList();
        Map<String, List<Supplier>> pools = new LinkedHashMap<>();
        for (Supplier s : suppliers.findAll()) {
            if (SourcingService.INVITABLE.contains(s.getStatus())) {
                s.getCategories().forEach(c -> pools.computeIfAbsent(c, k -> new ArrayList<>()).add(s));
            }
        }
        pools.values().forEach(list -> list.sort(Comparator.comparing(Supplier::getName)));
        if (pools.isEmpty()) {
            return;
        }
        Random random = new Random(20261128L);
        Instant now = clock.instant();
        List<SourcingEvent> created = new ArrayList<>();
        for (int i = 0; i < PLANS.size(); i++) {
            SourcingEvent event = event(PLANS.get(i), i, unit, officer.get().id(), members, pools, random, now);
            created.add(event);
        }
        List<Contract> records = contracts(created, pools, unit, officer.get().id(), random, now);
        contracts.saveAll(records);
        publisher.publishEvent(AuditableEvent.change("IMPORTED", ContractService.ENTITY, null, unit,
                "Demo data: " + records.size() + " contracts", Map.of(), Map.of("rows", records.size()))
                .byActor("demo-data"));
        log.info("Demo data: created {} sourcing events and {} contracts", created.size(), records.size());
    }

    private SourcingEvent event(Plan plan, int index, UUID unit, UUID officer, List<UUID> members,
            Map<String, List<Supplier>> pools, Random random, Instant now) {
        // a category without qualified suppliers (possible on a database shared with other data) borrows the
        // largest pool, so that invitations always come from the event's category's pool
        String category = pools.containsKey(plan.category()) ? plan.category()
                : pools.entrySet().stream().max(Comparator.comparing(e -> e.getValue().size())).orElseThrow().getKey();
        List<Supplier> pool = pools.get(category);
        Instant start = now.minus(Duration.ofDays(20 + 6L * (PLANS.size() - index)));
        SourcingEvent event = new SourcingEvent(plan.title(), plan.kind(), category,
                BigDecimal.valueOf(plan.budget()).setScale(2), "CNY", unit, officer, start);
        event.setPriceWeight(index % 4 == 0 ? 30 : SourcingRanking.DEFAULT_PRICE_WEIGHT);
        int invitedCount = plan.kind() == SourcingEvent.Kind.SINGLE_SOURCE ? 1 : Math.min(pool.size(), 3 + index % 2);
        int offset = random.nextInt(pool.size());
        List<Supplier> invited = new ArrayList<>();
        for (int k = 0; k < invitedCount; k++) {
            Supplier s = pool.get((offset + k) % pool.size());
            if (!invited.contains(s)) {
                invited.add(s);
                event.invite(s.getId(), s.getStatus(), officer, start.plus(Duration.ofHours(2 + k)));
            }
        }
        events.save(event);
        audit(event, "CREATED", plan.kind() + " " + plan.title() + " drafted for " + category, start);
        List<SourcingPanelMember> team = new ArrayList<>();
        for (int k = 0; k < 3 && k < members.size(); k++) {
            team.add(new SourcingPanelMember(event.getId(), members.get((index + k) % members.size()), officer,
                    start.plus(Duration.ofHours(5))));
        }
        State target = plan.state();
        if (target == State.DRAFT) {
            panel.saveAll(team);
            return event;
        }
        Instant opened = start.plus(Duration.ofDays(2));
        event.moveTo(State.OPEN, officer, opened, null);
        audit(event, "STATE_CHANGED", plan.title() + ": DRAFT → OPEN", opened);
        if (target == State.CANCELLED) {
            Instant cancelled = opened.plus(Duration.ofDays(4));
            event.moveTo(State.CANCELLED, officer, cancelled, index % 2 == 0 ? "需求合并至年度框架采购" : "预算调整，项目延期");
            audit(event, "STATE_CHANGED", plan.title() + ": OPEN → CANCELLED", cancelled);
            panel.saveAll(team);
            return event;
        }
        List<SourcingBid> offers = new ArrayList<>();
        int bidders = target == State.OPEN ? Math.max(1, invited.size() - 1) : invited.size();
        for (int k = 0; k < bidders; k++) {
            long amount = plan.budget() * (78 + random.nextInt(25)) / 100;
            offers.add(new SourcingBid(event.getId(), invited.get(k).getId(),
                    BigDecimal.valueOf(amount).setScale(2), "CNY", k == 0 ? "含三年原厂维保" : "报价含税，交付期 45 天",
                    "技术方案书 v" + (k + 1) + "；资质文件", officer, opened.plus(Duration.ofDays(3 + k))));
        }
        if (target == State.OPEN) {
            // declarations may come before the evaluation: the first member has declared, the others not yet
            team.get(0).declare(Set.of(), null, opened.plus(Duration.ofDays(1)));
            panel.saveAll(team);
            bids.saveAll(offers);
            return event;
        }
        Instant evaluating = opened.plus(Duration.ofDays(8));
        event.moveTo(State.EVALUATION, officer, evaluating, null);
        audit(event, "STATE_CHANGED", plan.title() + ": OPEN → EVALUATION", evaluating);
        boolean conflictCase = index == 2;
        for (int m = 0; m < team.size(); m++) {
            Set<UUID> conflicts = conflictCase && m == 1 ? Set.of(invited.get(0).getId()) : Set.of();
            team.get(m).declare(conflicts, conflicts.isEmpty() ? null : "亲属在该供应商任销售经理",
                    evaluating.plus(Duration.ofHours(2 + m)));
        }
        boolean partial = target == State.EVALUATION;
        for (SourcingBid bid : offers) {
            Supplier bidder = invited.stream().filter(s -> s.getId().equals(bid.getSupplierId())).findFirst().orElseThrow();
            for (int m = 0; m < team.size(); m++) {
                if (partial && m == team.size() - 1) {
                    continue; // the last member has not scored yet: evaluation incomplete
                }
                if (SourcingEvaluationService.blockReason(team.get(m), bidder) == null) {
                    bid.score(team.get(m).getUserId(), 62 + random.nextInt(36), m == 0 ? "方案完整，交付风险低" : null,
                            evaluating.plus(Duration.ofDays(1 + m)));
                }
            }
        }
        panel.saveAll(team);
        bids.saveAll(offers);
        if (partial) {
            return event;
        }
        List<SourcingRanking.Row> ranking = SourcingRanking.rank(offers.stream().map(b -> new SourcingRanking.Input(
                b.getId(), b.getSupplierId(), b.getAmount(), b.scoreValues())).toList(), event.getPriceWeight());
        boolean notTop = index == 11 && ranking.size() > 1;
        SourcingRanking.Row chosen = notTop ? ranking.get(1) : ranking.get(0);
        Instant awarded = evaluating.plus(Duration.ofDays(5));
        String why = notTop ? "非排名第一：排名第一的供应商无法满足 30 天内进场的要求，选择综合排名第二的投标"
                : "综合得分最高（价格与技术加权），满足全部技术要求";
        event.award(chosen.bidId(), chosen.supplierId(), why, notTop, members.get(0), awarded);
        audit(event, "AWARDED", "Awarded: " + why, awarded);
        if (target == State.CLOSED) {
            Instant closed = awarded.plus(Duration.ofDays(7));
            event.moveTo(State.CLOSED, officer, closed, "合同已签订");
            audit(event, "STATE_CHANGED", plan.title() + ": AWARDED → CLOSED", closed);
        }
        return event;
    }

    /** Contracts for the awarded events, then for other suppliers of the pools: active, ending soon, expired, draft. */
    private List<Contract> contracts(List<SourcingEvent> created, Map<String, List<Supplier>> pools, UUID unit,
            UUID officer, Random random, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Contract> list = new ArrayList<>();
        int n = 1;
        for (SourcingEvent e : created) {
            if (e.getAwardedSupplierId() != null) {
                BigDecimal value = bids.findById(e.getAwardedBidId()).map(SourcingBid::getAmount).orElse(e.getBudget());
                LocalDate start = LocalDate.ofInstant(e.getAwardedAt(), clock.getZone()).plusDays(10);
                list.add(new Contract(String.format("HT-2026-%03d", n++), e.getTitle(), e.getAwardedSupplierId(),
                        e.getId(), value, "CNY", start, start.plusYears(2).minusDays(1), officer,
                        e.getState() == State.CLOSED ? Contract.Status.ACTIVE : Contract.Status.DRAFT, unit, officer,
                        e.getAwardedAt()));
            }
        }
        List<Supplier> candidates = pools.values().stream().flatMap(List::stream).distinct()
                .filter(s -> s.getStatus() != SupplierStatus.RECTIFYING || random.nextBoolean())
                .sorted(Comparator.comparing(Supplier::getName)).collect(Collectors.toList());
        String[] subjects = {"年度维保服务", "设备采购", "技术支持服务", "带宽租用", "软件许可与订阅", "驻场运维服务", "安保服务",
                "物业服务", "备件供应"};
        for (int i = 0; list.size() < 60 && !candidates.isEmpty(); i++) {
            Supplier s = candidates.get((i * 7) % candidates.size());
            LocalDate end;
            Contract.Status status;
            int bucket = i % 10;
            if (bucket < 2) {
                end = today.plusDays(3 + random.nextInt(27)); // ending within 30 days
                status = Contract.Status.ACTIVE;
            } else if (bucket == 2) {
                end = today.minusDays(10 + random.nextInt(200));
                status = Contract.Status.EXPIRED;
            } else if (bucket == 3 && i % 20 == 3) {
                end = today.plusDays(300);
                status = Contract.Status.TERMINATED;
            } else {
                end = today.plusDays(45 + random.nextInt(700));
                status = Contract.Status.ACTIVE;
            }
            LocalDate start = end.minusYears(1 + random.nextInt(2)).plusDays(1);
            long value = 50_000L + random.nextInt(40) * 25_000L;
            Contract c = new Contract(String.format("HT-%d-%03d", start.getYear(), n++),
                    s.getName() + " " + subjects[i % subjects.length], s.getId(), null,
                    BigDecimal.valueOf(value).setScale(2), "CNY", start, end, Objects.requireNonNullElse(s.getOwnerId(),
                            officer), status, s.getOrgUnitId(), officer, now.minus(Duration.ofDays(30)));
            if (status == Contract.Status.TERMINATED) {
                c.changeStatus(status, "严重违约：连续两次未按期交付");
            }
            list.add(c);
        }
        return list;
    }

    private void audit(SourcingEvent event, String action, String summary, Instant at) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", event.getState().name());
        after.put("at", at.toString());
        publisher.publishEvent(AuditableEvent.change(action, SourcingAccess.ENTITY, event.getId(), event.getOrgUnitId(),
                summary, Map.of(), after).byActor("demo-data"));
    }
}
