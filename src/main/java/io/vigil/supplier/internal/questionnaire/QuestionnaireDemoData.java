package io.vigil.supplier.internal.questionnaire;

import io.vigil.identity.Role;
import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.internal.questionnaire.QuestionnaireDefinition.Question;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
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
 * Demo profile: the shipped INFOSEC and ESG questionnaires sent to 40 demo suppliers in every state
 * (some overdue, a few TIERING ones), with believable answers and scores, one red-line failure waiting for review, and an
 * open ESG questionnaire (plus an accepted INFOSEC one) for the demo portal user {@code supplier}.
 * Runs after the supplier demo data; does nothing once any questionnaire exists.
 */
@Component
@Profile("demo")
@Order(45)
class QuestionnaireDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireDemoData.class);
    private static final QuestionnaireState[] CYCLE = {QuestionnaireState.SENT, QuestionnaireState.IN_PROGRESS,
            QuestionnaireState.SUBMITTED, QuestionnaireState.ACCEPTED, QuestionnaireState.RETURNED,
            QuestionnaireState.ACCEPTED};

    private record Target(UUID id, UUID orgUnitId, UUID ownerId, String name) {
    }

    private final SupplierQuestionnaireRepository questionnaires;
    private final QuestionnaireTemplateRepository templates;
    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    QuestionnaireDemoData(SupplierQuestionnaireRepository questionnaires, QuestionnaireTemplateRepository templates,
            JdbcTemplate jdbc, UserDirectory users, Tasks tasks, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.jdbc = jdbc;
        this.users = users;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (questionnaires.count() > 0) {
            return;
        }
        QuestionnaireTemplate infosec = published("INFOSEC");
        QuestionnaireTemplate esg = published("ESG");
        QuestionnaireTemplate tiering = published(TieringProposal.CODE);
        if (infosec == null || esg == null) {
            return;
        }
        UUID portalSupplier = users.findByUsername("supplier").flatMap(u -> jdbc.queryForList(
                "SELECT supplier_id FROM supplier_contact_account WHERE user_id = ?", UUID.class, u.id())
                .stream().findFirst()).orElse(null);
        List<Target> targets = jdbc.query("SELECT id, org_unit_id, owner_id, name FROM supplier "
                        + "WHERE status <> 'BLACKLISTED' ORDER BY name",
                (rs, i) -> new Target(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4)));
        Random random = new Random(20261128);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<SupplierQuestionnaire> created = new ArrayList<>();
        int n = 0;
        for (Target target : targets) {
            if (n >= 40) {
                break;
            }
            if (target.id().equals(portalSupplier)) {
                continue;
            }
            boolean security = n % 2 == 0;
            QuestionnaireTemplate template = n % 10 == 9 && tiering != null ? tiering : security ? infosec : esg;
            QuestionnaireState state = CYCLE[n % CYCLE.length];
            int sentDaysAgo = 5 + random.nextInt(80);
            Instant sentAt = now.minus(Duration.ofDays(sentDaysAgo));
            // every fifth open one is overdue
            LocalDate due = state.open() && n % 5 == 0 ? today.minusDays(1 + random.nextInt(10))
                    : today.minusDays(sentDaysAgo).plusDays(30 + random.nextInt(30));
            SupplierQuestionnaire q = new SupplierQuestionnaire(template.getId(), target.id(), target.orgUnitId(),
                    due.isBefore(today.minusDays(sentDaysAgo)) ? today.minusDays(sentDaysAgo) : due, "procofficer", sentAt);
            double quality = 0.35 + random.nextDouble() * 0.65;
            boolean redLine = n == 2; // the one red-line failure, waiting for review
            fill(q, QuestionnaireTemplateService.parseStored(template), state, quality, redLine, random, sentAt,
                    target);
            created.add(q);
            n++;
        }
        if (portalSupplier != null) {
            Target own = targets.stream().filter(t -> t.id().equals(portalSupplier)).findFirst().orElse(null);
            if (own != null) {
                SupplierQuestionnaire open = new SupplierQuestionnaire(esg.getId(), own.id(), own.orgUnitId(),
                        today.plusDays(21), "procofficer", now.minus(Duration.ofDays(2)));
                SupplierQuestionnaire done = new SupplierQuestionnaire(infosec.getId(), own.id(), own.orgUnitId(),
                        today.minusDays(60), "procofficer", now.minus(Duration.ofDays(90)));
                fill(done, QuestionnaireTemplateService.parseStored(infosec), QuestionnaireState.ACCEPTED, 0.9, false,
                        random, now.minus(Duration.ofDays(90)), own);
                created.add(open);
                created.add(done);
            }
        }
        questionnaires.saveAll(created);
        questionnaires.flush();
        for (SupplierQuestionnaire q : created) {
            if (q.getState() == QuestionnaireState.SUBMITTED) {
                Target t = targets.stream().filter(x -> x.id().equals(q.getSupplierId())).findFirst().orElseThrow();
                tasks.open(new NewTask("Review questionnaire of " + t.name(),
                        "The supplier submitted the questionnaire; accept it or return it for clarification.",
                        QuestionnaireService.TASK_KIND, t.orgUnitId(), t.ownerId() != null ? TaskOwner.user(t.ownerId())
                                : TaskOwner.role(Role.PROCUREMENT_OFFICER), QuestionnaireService.related(q),
                        today.plusDays(QuestionnaireService.REVIEW_DAYS), TaskPriority.NORMAL));
            }
        }
        events.publishEvent(AuditableEvent.change("SENT", QuestionnaireService.ENTITY, null, null,
                "Demo data: " + created.size() + " supplier questionnaires", Map.of(), Map.of("rows", created.size()))
                .byActor("demo-data"));
        log.info("Demo data: created {} supplier questionnaires", created.size());
    }

    private QuestionnaireTemplate published(String code) {
        return templates.findFirstByCodeAndStatusOrderByTemplateVersionDesc(code,
                QuestionnaireTemplate.Status.PUBLISHED).orElse(null);
    }

    private static void fill(SupplierQuestionnaire q, QuestionnaireDefinition definition, QuestionnaireState state,
            double quality, boolean failRedLine, Random random, Instant sentAt, Target target) {
        if (state == QuestionnaireState.SENT) {
            return;
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        boolean partial = state == QuestionnaireState.IN_PROGRESS;
        for (Question question : definition.questions().toList()) {
            if (partial && random.nextDouble() < 0.5) {
                continue;
            }
            List<String> answer = answer(question, random.nextDouble() < quality, random);
            if (failRedLine && "ENC1".equals(question.key())) {
                answer = List.of("NO");
            }
            if (answer != null) {
                answers.put(question.key(), answer);
            }
        }
        String json = QuestionnaireService.write(answers);
        if (partial) {
            q.saveAnswers(json);
            return;
        }
        QuestionnaireScoring.Result result = QuestionnaireScoring.score(definition, answers);
        Instant submitted = sentAt.plus(Duration.ofDays(3 + random.nextInt(4)));
        q.submit(json, result.score(), result.redLineFailed(), submitted);
        if (state == QuestionnaireState.ACCEPTED) {
            q.decide(QuestionnaireState.ACCEPTED, null, "procofficer", submitted.plus(Duration.ofDays(2)));
        } else if (state == QuestionnaireState.RETURNED) {
            q.decide(QuestionnaireState.RETURNED, "Please attach the certificate and explain the backup restore test. "
                    + "请补充证书并说明备份恢复测试情况。", "procofficer", submitted.plus(Duration.ofDays(2)));
        }
    }

    /** A plausible answer: the best one when {@code good}, else a weaker one that still respects red lines. */
    private static List<String> answer(Question question, boolean good, Random random) {
        switch (question.type()) {
            case TEXT -> {
                return question.mandatory() || good ? List.of("See our management system documents. 详见我司管理体系文件。")
                        : null;
            }
            case FILE -> {
                return null;
            }
            case NUMBER -> {
                var bands = question.bands();
                var band = bands.get(good || bands.size() < 2 ? 0 : 1);
                BigDecimal value = band.max() != null ? band.max() : band.min() != null ? band.min() : BigDecimal.ZERO;
                return List.of(value.toPlainString());
            }
            case MULTIPLE_CHOICE -> {
                var positive = question.effectiveOptions().stream().filter(o -> o.pointsOrZero().signum() > 0)
                        .map(QuestionnaireDefinition.Option::value).toList();
                return good ? positive : List.of(positive.get(random.nextInt(positive.size())));
            }
            default -> {
                var options = question.effectiveOptions().stream()
                        .filter(o -> question.redLine() == null || question.redLine().accepted().contains(o.value()))
                        .sorted(Comparator.comparing(QuestionnaireDefinition.Option::pointsOrZero).reversed()).toList();
                if (!question.mandatory() && !good) {
                    return null;
                }
                return List.of(options.get(good ? 0 : random.nextInt(options.size())).value());
            }
        }
    }

}
