package io.vigil.identity.internal;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: a believable organisation (a group with a cloud business unit, three data-centre
 * sites and the usual departments) and one user per role, all with the password
 * {@value #DEMO_PASSWORD}. Runs once: it does nothing when the {@code CLOUD} unit already exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Vigil-Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final RoleAssignmentRepository assignments;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoData(OrgUnitRepository units, UserAccountRepository users, RoleAssignmentRepository assignments,
            PasswordEncoder encoder, Clock clock) {
        this.units = units;
        this.users = users;
        this.assignments = assignments;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.findByCode("CLOUD").isPresent()) {
            return;
        }
        OrgUnit group = units.findByCode(IdentityBootstrap.ROOT_CODE).orElseThrow();
        OrgUnit cloud = unit(group, "CLOUD", "Cloud Services", "云服务事业部", OrgUnitType.BUSINESS_UNIT);
        OrgUnit beijing = unit(cloud, "DC-BJ", "Beijing Data Centre", "北京数据中心", OrgUnitType.SITE);
        OrgUnit shanghai = unit(cloud, "DC-SH", "Shanghai Data Centre", "上海数据中心", OrgUnitType.SITE);
        OrgUnit guangzhou = unit(cloud, "DC-GZ", "Guangzhou Data Centre", "广州数据中心", OrgUnitType.SITE);
        unit(group, "SEC", "Information Security", "信息安全部", OrgUnitType.DEPARTMENT);
        OrgUnit itops = unit(group, "ITOPS", "IT Operations", "IT 运维部", OrgUnitType.DEPARTMENT);
        unit(group, "PROC", "Procurement", "采购部", OrgUnitType.DEPARTMENT);
        unit(group, "LEGAL", "Legal & Compliance", "法务合规部", OrgUnitType.DEPARTMENT);
        unit(group, "HR", "Human Resources", "人力资源部", OrgUnitType.DEPARTMENT);
        unit(group, "FIN", "Finance", "财务部", OrgUnitType.DEPARTMENT);
        unit(beijing, "DC-BJ-OPS", "Beijing DC Operations", "北京数据中心运维部", OrgUnitType.DEPARTMENT);
        unit(shanghai, "DC-SH-OPS", "Shanghai DC Operations", "上海数据中心运维部", OrgUnitType.DEPARTMENT);
        unit(guangzhou, "DC-GZ-OPS", "Guangzhou DC Operations", "广州数据中心运维部", OrgUnitType.DEPARTMENT);
        unit(cloud, "CLOUD-OPS", "Cloud Operations", "云运维部", OrgUnitType.DEPARTMENT);

        user("ciso", "Chen Wei (CISO)", Role.CISO, group, true);
        user("secofficer", "Li Na (Security Officer, Beijing)", Role.SECURITY_OFFICER, beijing, true);
        user("compliance", "Wang Fang (Compliance Manager)", Role.COMPLIANCE_MANAGER, group, true);
        user("auditor", "Zhang Min (Internal Auditor)", Role.AUDITOR, group, true);
        user("dpo", "Liu Yang (Data Protection Officer)", Role.PRIVACY_OFFICER, group, true);
        user("procmanager", "Zhao Lei (Procurement Manager)", Role.PROCUREMENT_MANAGER, group, true);
        user("procofficer", "Sun Li (Procurement Officer)", Role.PROCUREMENT_OFFICER, group, true);
        user("committee", "Zhou Jie (Audit Committee)", Role.AUDIT_COMMITTEE, group, true);
        user("employee", "Wu Hao (IT Operations)", Role.EMPLOYEE, itops, false);
        user("supplier", "Xu Jing (Supplier Contact)", Role.SUPPLIER_CONTACT, group, true);
        log.info("Demo data: org tree and one user per role created");
    }

    private OrgUnit unit(OrgUnit parent, String code, String name, String nameZh, OrgUnitType type) {
        return units.findByCode(code).orElseGet(() -> units.save(OrgUnit.child(parent, code, name, nameZh, type)));
    }

    private void user(String username, String displayName, Role role, OrgUnit unit, boolean withDescendants) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return;
        }
        UserAccount account = users.save(new UserAccount(username, displayName, username + "@vigil.example",
                "en", encoder.encode(DEMO_PASSWORD), clock.instant()));
        assignments.save(new RoleAssignment(account.getId(), role, unit.getId(), withDescendants, clock.instant()));
    }
}
