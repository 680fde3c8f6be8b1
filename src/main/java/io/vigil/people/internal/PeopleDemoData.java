package io.vigil.people.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.people.EmployeeStatus;
import io.vigil.shared.audit.AuditableEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * Demo profile: about 200 believable employees across the demo departments, with a reporting line
 * from a CEO through department heads and team leads. Same data on every run (seeded); departments
 * whose unit does not exist go to the root, so it also works without the identity demo data.
 */
@Component
@Profile("demo")
@Order(20)
class PeopleDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);
    private static final String ROOT = "GROUP";

    /** A department: unit code, size, head's title, team lead's title, staff titles, whose head it reports to. */
    private record Department(String code, int size, String head, String lead, List<String> staff, String reportsTo) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("SEC", 24, "Chief Information Security Officer", "Security Operations Lead",
                    List.of("Security Engineer", "SOC Analyst", "Security Architect", "Penetration Tester",
                            "Identity and Access Administrator", "Security Compliance Specialist"), null),
            new Department("ITOPS", 26, "Head of IT Operations", "IT Operations Team Lead",
                    List.of("Systems Engineer", "Network Engineer", "Database Administrator", "Service Desk Analyst",
                            "Site Reliability Engineer", "Backup Administrator"), null),
            new Department("PROC", 18, "Procurement Director", "Procurement Manager",
                    List.of("Buyer", "Sourcing Specialist", "Supplier Quality Engineer", "Contract Specialist"), null),
            new Department("LEGAL", 12, "General Counsel", "Compliance Manager",
                    List.of("Legal Counsel", "Compliance Officer", "Data Protection Specialist", "Paralegal"), null),
            new Department("HR", 14, "HR Director", "HR Business Partner",
                    List.of("Recruiter", "Training Specialist", "Payroll Specialist", "HR Generalist"), null),
            new Department("FIN", 16, "Finance Director", "Finance Manager",
                    List.of("Accountant", "Financial Analyst", "Treasury Specialist", "Internal Auditor"), null),
            new Department("DC-BJ-OPS", 24, "Beijing Data Centre Manager", "Shift Lead",
                    List.of("Data Centre Technician", "Facility Engineer", "Electrical Engineer", "HVAC Engineer",
                            "Physical Security Officer"), "ITOPS"),
            new Department("DC-SH-OPS", 22, "Shanghai Data Centre Manager", "Shift Lead",
                    List.of("Data Centre Technician", "Facility Engineer", "Electrical Engineer", "HVAC Engineer",
                            "Physical Security Officer"), "ITOPS"),
            new Department("DC-GZ-OPS", 20, "Guangzhou Data Centre Manager", "Shift Lead",
                    List.of("Data Centre Technician", "Facility Engineer", "Electrical Engineer",
                            "Physical Security Officer"), "ITOPS"),
            new Department("CLOUD-OPS", 22, "Head of Cloud Operations", "Cloud Platform Lead",
                    List.of("Cloud Engineer", "DevOps Engineer", "Platform Engineer", "Site Reliability Engineer",
                            "Capacity Planner"), null));

    private static final String[][] SURNAMES = {{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"},
            {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"}, {"赵", "Zhao"}, {"周", "Zhou"}, {"吴", "Wu"},
            {"徐", "Xu"}, {"孙", "Sun"}, {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"},
            {"林", "Lin"}, {"高", "Gao"}, {"罗", "Luo"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"},
            {"宋", "Song"}, {"唐", "Tang"}, {"韩", "Han"}, {"冯", "Feng"}, {"邓", "Deng"}, {"曹", "Cao"},
            {"彭", "Peng"}};
    private static final String[][] GIVEN = {{"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"秀英", "Xiuying"},
            {"敏", "Min"}, {"静", "Jing"}, {"丽", "Li"}, {"强", "Qiang"}, {"磊", "Lei"}, {"军", "Jun"},
            {"洋", "Yang"}, {"勇", "Yong"}, {"艳", "Yan"}, {"杰", "Jie"}, {"涛", "Tao"}, {"明", "Ming"},
            {"超", "Chao"}, {"霞", "Xia"}, {"平", "Ping"}, {"晓东", "Xiaodong"}, {"子轩", "Zixuan"},
            {"浩然", "Haoran"}, {"思远", "Siyuan"}, {"雨桐", "Yutong"}, {"欣怡", "Xinyi"}, {"志华", "Zhihua"},
            {"海燕", "Haiyan"}, {"文博", "Wenbo"}, {"嘉怡", "Jiayi"}, {"俊杰", "Junjie"}, {"宇航", "Yuhang"},
            {"婷", "Ting"}, {"鹏", "Peng"}, {"慧", "Hui"}, {"建华", "Jianhua"}};
    private static final String[] WESTERN = {"David", "Kevin", "Jason", "Michael", "Eric", "Tony", "Alan",
            "Vincent", "Leo", "Frank", "Amy", "Grace", "Linda", "Cindy", "Helen", "Iris", "Sophia", "Emily",
            "Jessica", "Vivian", "Peter", "Ray", "Sunny", "Coco", "Jack", "Annie"};

    private final EmployeeRepository employees;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleDemoData(EmployeeRepository employees, OrgUnits orgUnits, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.orgUnits = orgUnits;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (employees.count() > 0) {
            return;
        }
        List<Employee> created = generate(code -> orgUnits.findByCode(code).map(OrgUnitView::id), LocalDate.now(clock),
                clock.instant());
        employees.saveAll(created);
        events.publishEvent(AuditableEvent.change("IMPORTED", EmployeeService.ENTITY, null, null,
                "Demo data: " + created.size() + " employees", Map.of(), Map.of("rows", created.size()))
                .byActor("demo-data"));
        log.info("Demo data: created {} employees", created.size());
    }

    /** The demo directory, managers before their reports; the same on every call for the same units and day. */
    static List<Employee> generate(Function<String, Optional<UUID>> unitByCode, LocalDate today, Instant now) {
        return new Generator(unitByCode, new Random(20261128L), today, now).all();
    }

    private static final class Generator {

        private final Function<String, Optional<UUID>> unitByCode;
        private final Random random;
        private final LocalDate today;
        private final Instant now;
        private final List<Employee> result = new ArrayList<>();
        private final Map<String, UUID> heads = new java.util.HashMap<>();
        private final Set<String> emails = new HashSet<>();
        private int nextNumber = 10001;

        Generator(Function<String, Optional<UUID>> unitByCode, Random random, LocalDate today, Instant now) {
            this.unitByCode = unitByCode;
            this.random = random;
            this.today = today;
            this.now = now;
        }

        List<Employee> all() {
            UUID root = unitByCode.apply(ROOT).orElseThrow();
            UUID ceo = person(root, "Chief Executive Officer", null, 6000, true).getId();
            for (Department department : DEPARTMENTS) {
                UUID unit = unitByCode.apply(department.code()).orElse(root);
                UUID headsManager = department.reportsTo() == null ? ceo : heads.getOrDefault(department.reportsTo(), ceo);
                Employee head = person(unit, department.head(), headsManager, 4500, true);
                heads.put(department.code(), head.getId());
                int leadCount = department.size() > 15 ? 3 : 2;
                List<UUID> leads = new ArrayList<>();
                for (int i = 0; i < leadCount; i++) {
                    leads.add(person(unit, department.lead(), head.getId(), 3500, true).getId());
                }
                for (int i = 0; i < department.size() - 1 - leadCount; i++) {
                    String title = department.staff().get(random.nextInt(department.staff().size()));
                    if (random.nextInt(4) == 0) {
                        title = "Senior " + title;
                    }
                    person(unit, title, leads.get(i % leadCount), 3000, false);
                }
            }
            return result;
        }

        private Employee person(UUID unit, String position, UUID manager, int maxDaysEmployed, boolean leader) {
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String english = random.nextInt(10) < 6 ? WESTERN[random.nextInt(WESTERN.length)] : given[1];
            // leaders have been here a while; staff joined any time in the last years
            LocalDate hired = today.minusDays((leader ? 1500 : 60) + random.nextInt(maxDaysEmployed));
            EmployeeStatus status = EmployeeStatus.ACTIVE;
            LocalDate left = null;
            int fate = random.nextInt(100);
            if (!leader && fate < 5) {
                status = EmployeeStatus.LEFT;
                left = today.minusDays(1 + random.nextInt(300));
                left = left.isBefore(hired) ? hired.plusDays(30) : left;
            } else if (!leader && fate < 9) {
                status = EmployeeStatus.ON_LEAVE;
            }
            String number = "E" + nextNumber++;
            EmployeeData data = new EmployeeData(number, surname[0] + given[0], english + " " + surname[1],
                    email(english, surname[1]), phone(), unit, position, manager, hired, left, status, null);
            // ids derived from the number keep demo links stable between fresh installs
            Employee employee = new Employee(UUID.nameUUIDFromBytes(("vigil-demo-" + number).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), data, now);
            result.add(employee);
            return employee;
        }

        private String email(String first, String last) {
            String base = (first + "." + last).toLowerCase(Locale.ROOT);
            String email = base + "@vigil.example";
            for (int n = 2; !emails.add(email); n++) {
                email = base + n + "@vigil.example";
            }
            return email;
        }

        private String phone() {
            String[] prefixes = {"138", "139", "186", "135", "137", "158", "188"};
            return "+86 " + prefixes[random.nextInt(prefixes.length)] + " " + (1000 + random.nextInt(9000)) + " "
                    + (1000 + random.nextInt(9000));
        }
    }
}
