package io.vigil.supplier.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.AccessCase.VoteChoice;
import io.vigil.supplier.internal.AccessStages.ExpressReason;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo onboarding history (after {@link SupplierDemoData}): the open demo cases get believable stage
 * dates, the one in the shortlist announcement a published shortlist with objections, the ones in the
 * final selection declarations and a committee vote, and each a task for its stage owner; plus approved
 * standard and express cases of qualified suppliers (with objections, votes and catch-up) and rejected
 * cases, so that the funnel shows days per stage. Runs once: it stops when a decided case exists.
 */
@Component
@Profile("demo")
@Order(41)
class AccessCaseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessCaseDemoData.class);

    /** Typical days per stage (the demo varies them a little per case). */
    private static final Map<Stage, Integer> TYPICAL_DAYS = Map.of(Stage.QUALIFICATION_REVIEW, 5,
            Stage.ONSITE_INSPECTION, 14, Stage.INTERNAL_ASSESSMENT, 9, Stage.SHORTLIST_ANNOUNCEMENT, 6,
            Stage.FINAL_SELECTION, 4);

    private static final Map<Stage, String> DATA = Map.of(
            Stage.QUALIFICATION_REVIEW, "documents=营业执照、ISO 9001、ISO 27001 证书已核验\nverdict=PASS",
            Stage.ONSITE_INSPECTION, "findings=生产现场整洁，质量记录完整；消防通道一处堆放杂物（已整改）\n"
                    + "inspectionDate=%s\ninspectors=孙丽, 赵磊\nscore=%d",
            Stage.INTERNAL_ASSESSMENT, "securityQuestionnaireScore=%d\ntestResult=样机测试通过（性能、兼容性、功耗）",
            Stage.SHORTLIST_ANNOUNCEMENT, "objectionWindowDays=3\nobjections=%d\npublishedOn=%s");

    private final AccessCaseRepository cases;
    private final List<AccessObjection> later = new java.util.ArrayList<>();
    private final AccessObjectionRepository objections;
    private final SupplierRepository suppliers;
    private final AccessStageTasks tasks;
    private final UserDirectory users;
    private final WorkingDays workingDays;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessCaseDemoData(AccessCaseRepository cases, AccessObjectionRepository objections, SupplierRepository suppliers,
            AccessStageTasks tasks, UserDirectory users, WorkingDays workingDays, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.objections = objections;
        this.suppliers = suppliers;
        this.tasks = tasks;
        this.users = users;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID officer = users.findByUsername("procofficer").map(UserSummary::id).orElse(null);
        UUID manager = users.findByUsername("procmanager").map(UserSummary::id).orElse(null);
        List<AccessCase> existing = cases.findAll();
        if (officer == null || manager == null || existing.isEmpty()
                || existing.stream().anyMatch(c -> c.getState() != AccessCase.State.OPEN)) {
            return;
        }
        // express access needs a second approver besides the manager who is not the case owner
        UUID second = users.findByUsername("admin").or(() -> users.findByUsername("ciso")).map(UserSummary::id)
                .orElse(manager);
        Map<UUID, Supplier> byId = suppliers.findAll().stream().collect(Collectors.toMap(Supplier::getId, s -> s));
        Instant now = clock.instant();
        int n = 0;
        for (AccessCase c : existing.stream().sorted(Comparator.comparing(AccessCase::getId)).toList()) {
            enrichOpen(c, byId.get(c.getSupplierId()), officer, manager, now, n++);
        }
        Set<UUID> withCase = existing.stream().map(AccessCase::getSupplierId).collect(Collectors.toSet());
        List<Supplier> qualified = byId.values().stream().filter(s -> s.getStatus() == SupplierStatus.QUALIFIED)
                .sorted(Comparator.comparing(Supplier::getName)).limit(17).toList();
        int created = 0;
        for (int i = 0; i < qualified.size(); i++) {
            Supplier s = qualified.get(i);
            Instant opened = now.minus(Duration.ofDays(70 + 19L * i));
            if (i < 14) {
                cases.save(approvedStandard(s, officer, manager, opened, i));
            } else {
                cases.save(approvedExpress(s, officer, manager, second, opened, i - 14, now));
            }
            created++;
        }
        byId.values().stream().filter(s -> s.getStatus() == SupplierStatus.SUSPENDED)
                .min(Comparator.comparing(Supplier::getName))
                .ifPresent(s -> cases.save(overdueExpress(s, officer, manager, second, now)));
        List<Supplier> prospects = byId.values().stream()
                .filter(s -> s.getStatus() == SupplierStatus.PROSPECT && !withCase.contains(s.getId()))
                .sorted(Comparator.comparing(Supplier::getName)).limit(4).toList();
        for (int i = 0; i < prospects.size(); i++) {
            cases.save(rejected(prospects.get(i), officer, manager, now.minus(Duration.ofDays(40 + 23L * i)), i));
            created++;
        }
        cases.flush();
        objections.saveAll(later);
        later.clear();
        for (AccessCase c : cases.findAll()) {
            if (c.getKind() == Kind.EXPRESS && c.getState() == AccessCase.State.APPROVED && !c.isCatchUpCompleted()
                    && !c.isSuspendedForCatchUp()) {
                tasks.catchUpDue(c, byId.get(c.getSupplierId()));
            }
        }
        events.publishEvent(AuditableEvent.change("IMPORTED", AccessCaseAccess.ENTITY, null,
                byId.values().iterator().next().getOrgUnitId(), "Demo data: access-case history (" + created
                        + " decided cases, stage dates, objections, votes)", Map.of(), Map.of("cases", created))
                .byActor("demo-data"));
        log.info("Demo data: access-case history with {} decided cases", created);
    }

    /** Stage dates back in time, the shortlist and committee activity, and the stage owner's task. */
    private void enrichOpen(AccessCase c, Supplier supplier, UUID officer, UUID manager, Instant now, int n) {
        List<Stage> path = AccessStages.path(c.getKind());
        List<Stage> done = path.subList(0, path.indexOf(c.getStage()));
        long currentDays = 1 + n % 4;
        long total = currentDays + done.stream().mapToLong(s -> days(s, n)).sum();
        Instant opened = now.minus(Duration.ofDays(total)).minus(Duration.ofHours(n));
        if (c.getStage() != Stage.QUALIFICATION_REVIEW) {
            c.declare(officer, false, null, opened.plus(Duration.ofHours(3)));
        }
        LocalDate today = LocalDate.now(clock);
        if (c.getStage() == Stage.SHORTLIST_ANNOUNCEMENT) {
            LocalDate published = today.minusDays(1);
            c.announce(published, 3, workingDays.plus(published, 3));
            AccessObjection settled = new AccessObjection(c.getId(), "华东某网络设备代理商",
                    "质疑入围供应商的售后服务网点覆盖不足。", published, officer, now.minus(Duration.ofHours(20)));
            settled.resolve("经核实，该供应商在华东地区有 6 个服务网点，满足招标要求；已书面回复异议人。", manager,
                    now.minus(Duration.ofHours(4)));
            objections.save(settled);
            objections.save(new AccessObjection(c.getId(), "内部审计部 王芳", "请说明该供应商与现有合作方的关联关系。",
                    today, officer, now.minus(Duration.ofHours(2))));
        }
        if (c.getStage() == Stage.FINAL_SELECTION) {
            c.declare(manager, false, "与该供应商无利益关系", now.minus(Duration.ofHours(30)));
            c.vote(manager, VoteChoice.APPROVE, "资质、考察与测试结果均满足要求，报价具有竞争力。",
                    now.minus(Duration.ofHours(26)));
        }
        cases.saveAndFlush(c);
        // the entity's columns are written above; only then move its dates back (an entity update would undo it)
        Instant t = opened;
        jdbc.update("UPDATE supplier_access_case SET opened_at = ? WHERE id = ?", ts(t), c.getId());
        for (Stage s : done) {
            t = t.plus(Duration.ofDays(days(s, n)));
            jdbc.update("UPDATE supplier_access_stage SET completed_at = ?, data = ? WHERE case_id = ? AND stage = ?",
                    ts(t), stageData(s, LocalDate.ofInstant(t, ZoneOffset.UTC), n, 0), c.getId(), s.name());
        }
        tasks.entered(c, supplier, LocalDate.ofInstant(now.minus(Duration.ofDays(currentDays)), ZoneOffset.UTC));
    }

    private AccessCase approvedStandard(Supplier s, UUID officer, UUID manager, Instant opened, int i) {
        AccessCase c = new AccessCase(s.getId(), Kind.STANDARD, null, officer, opened);
        c.declare(officer, false, null, opened.plus(Duration.ofHours(2)));
        c.declare(manager, false, null, opened.plus(Duration.ofHours(3)));
        Instant t = runStages(c, officer, opened, i, i % 3 == 0 ? 1 : 0);
        Instant decided = t.plus(Duration.ofDays(days(Stage.FINAL_SELECTION, i)));
        c.vote(manager, VoteChoice.APPROVE, "综合评分 " + (80 + i % 15) + " 分，满足准入要求。",
                decided.minus(Duration.ofDays(1)));
        c.approve(manager, true, decided);
        c.decide(AccessCase.State.APPROVED, decided, null);
        c.recordDecision(manager, "评审委员会同意准入。");
        if (i % 3 == 0) {
            AccessObjection o = new AccessObjection(c.getId(), "参与投标的其他供应商", "对现场考察评分的公正性提出质疑。",
                    LocalDate.ofInstant(t.minus(Duration.ofDays(3)), ZoneOffset.UTC), officer, t.minus(Duration.ofDays(3)));
            o.resolve("复核考察记录与评分表，评分依据充分，异议不成立。", manager, t.minus(Duration.ofDays(1)));
            later.add(o); // saved once its case is in the database (foreign key)
        }
        return c;
    }

    private AccessCase approvedExpress(Supplier s, UUID officer, UUID manager, UUID second, Instant opened, int i,
            Instant now) {
        ExpressReason reason = ExpressReason.values()[i % ExpressReason.values().length];
        Instant recent = i == 1 ? now.minus(Duration.ofDays(35)) : opened;
        AccessCase c = new AccessCase(s.getId(), Kind.EXPRESS, reason, officer, recent);
        c.declare(officer, false, null, recent.plus(Duration.ofHours(1)));
        c.declare(manager, false, null, recent.plus(Duration.ofHours(2)));
        Instant t = runStages(c, officer, recent, i, 0);
        Instant decided = t.plus(Duration.ofDays(2));
        c.vote(manager, VoteChoice.APPROVE, "紧急保障需求，资质与测试满足要求，同意快速准入。", decided.minus(Duration.ofHours(6)));
        c.approve(manager, true, decided.minus(Duration.ofHours(2)));
        c.approve(second, false, decided);
        c.decide(AccessCase.State.APPROVED, decided, LocalDate.ofInstant(decided, ZoneOffset.UTC).plusDays(90));
        c.recordDecision(manager, "快速准入（" + reason + "），须在 90 天内补办现场考察和入围公示。");
        if (i != 1) {
            Instant later = decided.plus(Duration.ofDays(30));
            c.recordCatchUp(Stage.ONSITE_INSPECTION, DATA.get(Stage.ONSITE_INSPECTION)
                    .formatted(LocalDate.ofInstant(later, ZoneOffset.UTC), 84), officer, later);
            c.recordCatchUp(Stage.SHORTLIST_ANNOUNCEMENT, DATA.get(Stage.SHORTLIST_ANNOUNCEMENT)
                    .formatted(0, LocalDate.ofInstant(later.plus(Duration.ofDays(7)), ZoneOffset.UTC)), officer,
                    later.plus(Duration.ofDays(12)));
        }
        return c;
    }

    /** An express case whose catch-up deadline passed: its supplier is already suspended. */
    private AccessCase overdueExpress(Supplier s, UUID officer, UUID manager, UUID second, Instant now) {
        Instant opened = now.minus(Duration.ofDays(130));
        AccessCase c = new AccessCase(s.getId(), Kind.EXPRESS, ExpressReason.EMERGENCY_REPAIR, officer, opened);
        Instant t = runStages(c, officer, opened, 5, 0);
        c.vote(manager, VoteChoice.APPROVE, "机房空调紧急抢修，先行准入。", t.plus(Duration.ofHours(20)));
        c.approve(manager, true, t.plus(Duration.ofDays(1)));
        c.approve(second, false, t.plus(Duration.ofDays(1)));
        Instant decided = t.plus(Duration.ofDays(1));
        c.decide(AccessCase.State.APPROVED, decided, LocalDate.ofInstant(decided, ZoneOffset.UTC).plusDays(90));
        c.recordDecision(manager, "紧急抢修快速准入。");
        c.markSuspendedForCatchUp();
        return c;
    }

    private AccessCase rejected(Supplier s, UUID officer, UUID manager, Instant opened, int i) {
        AccessCase c = new AccessCase(s.getId(), Kind.STANDARD, null, officer, opened);
        if (i % 2 == 0) {
            Instant t = opened.plus(Duration.ofDays(days(Stage.QUALIFICATION_REVIEW, i)));
            c.completeStage("documents=缺少有效的 ISO 9001 证书，营业执照经营范围不符\nverdict=FAIL", officer, t);
            c.decide(AccessCase.State.REJECTED, t, null);
            c.recordDecision(officer, "Qualification review failed");
            return c;
        }
        c.declare(officer, false, null, opened.plus(Duration.ofHours(2)));
        c.declare(manager, false, null, opened.plus(Duration.ofHours(3)));
        Instant t = runStages(c, officer, opened, i, 0);
        Instant decided = t.plus(Duration.ofDays(days(Stage.FINAL_SELECTION, i)));
        c.vote(manager, VoteChoice.REJECT, "报价高于同类供应商 18%，且交付周期无法满足项目要求。",
                decided.minus(Duration.ofDays(1)));
        c.decide(AccessCase.State.REJECTED, decided, null);
        c.recordDecision(manager, "评审委员会否决：价格和交付能力不满足要求。");
        return c;
    }

    /** Completes every stage before the final selection with typical durations; returns the last completion. */
    private Instant runStages(AccessCase c, UUID officer, Instant opened, int i, int objectionCount) {
        Instant t = opened;
        while (c.getStage() != Stage.FINAL_SELECTION) {
            Stage stage = c.getStage();
            t = t.plus(Duration.ofDays(days(stage, i))).plus(Duration.ofHours(i % 7));
            LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
            if (stage == Stage.SHORTLIST_ANNOUNCEMENT) {
                c.announce(day.minusDays(6), 3, workingDays.plus(day.minusDays(6), 3));
            }
            c.completeStage(stageData(stage, day, i, objectionCount), officer, t);
        }
        return t;
    }

    /** What a stage completed on {@code day} recorded, in the stage records' key=value form. */
    private static String stageData(Stage stage, LocalDate day, int i, int objectionCount) {
        return switch (stage) {
            case ONSITE_INSPECTION -> DATA.get(stage).formatted(day.minusDays(2), 78 + i % 18);
            case INTERNAL_ASSESSMENT -> DATA.get(stage).formatted(75 + i % 20);
            case SHORTLIST_ANNOUNCEMENT -> DATA.get(stage).formatted(objectionCount, day.minusDays(6));
            default -> DATA.get(stage);
        };
    }

    /** Typical days for a stage, varied per case between 60 % and 160 % of the typical value. */
    private static long days(Stage stage, int n) {
        int typical = TYPICAL_DAYS.get(stage);
        return Math.max(1, Math.round(typical * (0.6 + ((n * 37 + stage.ordinal() * 11) % 11) / 10.0)));
    }

    private static java.time.OffsetDateTime ts(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
