package io.vigil.risk.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import io.vigil.risk.Treatment;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
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
 * Demo profile: about 150 assets across the demo units (three data-centre sites, cloud, IT
 * operations, security and the back office) with hostnames and IP addresses, and about 60 risks
 * with believable scenarios — some accepted by the CISO, some with treatment plans as tasks.
 * Seeded, so the same every run; runs once (skips when its first asset exists); units that do not
 * exist fall back to the root unit. Writes through the repositories: no user is signed in here.
 */
@Component
@Profile("demo")
@Order(50)
class RiskDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskDemoData.class);
    static final String FIRST_CODE = "BJ-FAC-01";

    private record Site(String prefix, String unit, String ops, String city, int net) {
    }

    private static final List<Site> SITES = List.of(new Site("BJ", "DC-BJ", "DC-BJ-OPS", "Beijing", 10),
            new Site("SH", "DC-SH", "DC-SH-OPS", "Shanghai", 20), new Site("GZ", "DC-GZ", "DC-GZ-OPS", "Guangzhou", 30));

    /** A risk scenario: threat, title, vulnerability, controls, inherent and residual L/I, treatment. */
    private record Scenario(String threat, String title, String vulnerability, String controls, int l, int i, int rl,
            int ri, Treatment treatment, String assetKind, String plan) {
    }

    private static final List<Scenario> SITE_SCENARIOS = List.of(
            new Scenario("T-ESS-01", "Utility power loss at %s data centre", "Single utility feed; generator fuel for 24 hours only",
                    "2N UPS, N+1 diesel generators, monthly load tests", 3, 5, 2, 4, Treatment.MITIGATE, "FAC",
                    "Contract a second fuel supplier with 4-hour delivery"),
            new Scenario("T-ESS-02", "Cooling failure in %s data hall", "Chiller plant N+1 only; no free cooling in summer",
                    "BMS temperature alarms, 24x7 facility staff", 3, 4, 2, 4, Treatment.MITIGATE, "FAC",
                    "Add a redundant chiller loop to hall 2"),
            new Scenario("T-PHY-01", "Fire in %s battery room", "Lithium battery strings in a shared room",
                    "VESDA detection, gas suppression, quarterly inspection", 2, 5, 1, 4, Treatment.MITIGATE, "FAC",
                    "Separate battery strings with fire-rated walls"),
            new Scenario("T-UNA-07", "Tailgating into %s data hall", "Single-factor badge access at the hall door",
                    "Guards at the lobby, CCTV kept 90 days", 3, 3, 2, 3, Treatment.MITIGATE, "FAC",
                    "Install mantraps with badge plus PIN"),
            new Scenario("T-ESS-03", "Carrier link outage at %s", "Two carriers share one duct into the building",
                    "BGP failover between carriers", 3, 4, 3, 3, Treatment.ACCEPT, "NET", null),
            new Scenario("T-UNA-06", "Exploited firmware flaw in %s core switches", "Switch firmware two releases behind",
                    "Management plane on an isolated network", 3, 4, 2, 3, Treatment.MITIGATE, "NET",
                    "Upgrade core switch firmware in the next maintenance window"),
            new Scenario("T-TEC-01", "Storage array controller failure at %s", "Array out of vendor support next year",
                    "Dual controllers, nightly replication", 2, 4, 2, 2, Treatment.ACCEPT, "STO", null),
            new Scenario("T-NAT-03", "Typhoon damage to %s site", "Roof-mounted condensers exposed to high winds",
                    "Typhoon preparedness plan", 2, 4, 2, 3, Treatment.TRANSFER, "FAC", null));

    private static final List<Scenario> CENTRAL_SCENARIOS = List.of(
            new Scenario("T-UNA-05", "Ransomware encrypts virtualisation hosts", "Backups reachable from the production domain",
                    "EDR on all hosts, offline weekly backup", 3, 5, 2, 5, Treatment.MITIGATE, "ITOPS",
                    "Immutable backup copies in a separate account"),
            new Scenario("T-UNA-09", "Administrator credentials phished", "MFA not enforced on the VPN for contractors",
                    "Phishing awareness training", 4, 4, 2, 4, Treatment.MITIGATE, "ITOPS",
                    "Enforce MFA on the VPN for every account"),
            new Scenario("T-FUN-02", "Privileged operator misuses root access", "Shared root passwords on legacy hosts",
                    "Bastion host session recording", 2, 5, 2, 3, Treatment.MITIGATE, "SEC",
                    "Vault root passwords and rotate after each use"),
            new Scenario("T-INF-05", "Customer personal information leaked from the CRM", "CRM exports not watermarked or limited",
                    "Role-based access, DLP on e-mail", 3, 5, 2, 4, Treatment.MITIGATE, "BACK",
                    "Limit CRM exports to 500 rows and log them"),
            new Scenario("T-INF-08", "Personal information transferred abroad without assessment",
                    "Overseas SaaS support tools receive customer tickets", "Contract clauses with the SaaS vendor", 3, 4,
                    3, 3, Treatment.MITIGATE, "BACK", "Complete the PIPL cross-border transfer assessment"),
            new Scenario("T-UNA-08", "DDoS against the cloud console", "Console served from a single region",
                    "Cloud anti-DDoS basic protection", 3, 4, 2, 3, Treatment.TRANSFER, "CLOUD", null),
            new Scenario("T-FUN-01", "Misconfigured object storage bucket made public", "No guardrail on bucket ACLs",
                    "Quarterly configuration review", 3, 4, 1, 4, Treatment.MITIGATE, "CLOUD",
                    "Deploy a policy that blocks public buckets"),
            new Scenario("T-ESS-04", "Managed security service provider fails", "SOC monitoring outsourced to one provider",
                    "SLA with service credits", 2, 4, 2, 3, Treatment.ACCEPT, "SEC", null),
            new Scenario("T-ORG-02", "Finance staff tricked into paying a fake invoice", "Bank detail changes confirmed by e-mail",
                    "Two signatures above CNY 200,000", 3, 3, 2, 2, Treatment.ACCEPT, "BACK", null),
            new Scenario("T-TEC-05", "Backups of the ticketing system cannot be restored", "Restores never tested",
                    "Nightly backups", 3, 3, 3, 3, Treatment.UNDECIDED, "ITOPS", null),
            new Scenario("T-UNA-06", "Unpatched VPN appliance exploited", "Critical VPN patches applied after 30 days",
                    "IPS signatures", 4, 5, 3, 5, Treatment.MITIGATE, "ITOPS", "Patch internet-facing appliances within 72 hours"),
            new Scenario("T-INF-03", "Laptop with payroll data stolen", "Full-disk encryption missing on older laptops",
                    "Asset tracking", 3, 3, 1, 3, Treatment.MITIGATE, "BACK", "Encrypt the remaining 40 laptops"),
            new Scenario("T-ORG-01", "MLPS Level 3 assessment failed for the cloud platform", "Audit log retention shorter than 6 months",
                    "Annual MLPS assessment", 2, 4, 2, 2, Treatment.MITIGATE, "CLOUD", "Extend audit log retention to 180 days"),
            new Scenario("T-FUN-05", "Key database administrator leaves", "Knowledge of the billing database in one person",
                    "Runbooks partly written", 3, 3, 2, 3, Treatment.ACCEPT, "ITOPS", null),
            new Scenario("T-INF-07", "Tampered open-source package in the build pipeline", "Dependencies pulled without pinning",
                    "Code review", 2, 4, 2, 4, Treatment.UNDECIDED, "CLOUD", null),
            new Scenario("T-UNA-04", "Call recordings processed beyond the stated purpose", "Recordings kept indefinitely",
                    "Privacy notice", 2, 3, 2, 2, Treatment.AVOID, "BACK", null));

    private final AssetRepository assets;
    private final RiskRepository risks;
    private final RiskPlanItemRepository planItems;
    private final RiskScoreRecordRepository scores;
    private final RiskMatrix matrix;
    private final RiskProperties properties;
    private final OrgUnits orgUnits;
    private final UserRefs users;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Random random = new Random(27001);

    RiskDemoData(AssetRepository assets, RiskRepository risks, RiskPlanItemRepository planItems,
            RiskScoreRecordRepository scores, RiskMatrix matrix, RiskProperties properties, OrgUnits orgUnits,
            UserRefs users, Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.risks = risks;
        this.planItems = planItems;
        this.scores = scores;
        this.matrix = matrix;
        this.properties = properties;
        this.orgUnits = orgUnits;
        this.users = users;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (assets.existsByCode(FIRST_CODE)) {
            return;
        }
        UUID owner = user("secofficer", "admin");
        UUID ciso = user("ciso", "admin");
        UUID custodian = user("employee", "admin");
        Instant now = clock.instant();
        Map<String, List<Asset>> byKind = new java.util.HashMap<>();
        List<Asset> all = new ArrayList<>();
        for (Site site : SITES) {
            UUID siteId = unit(site.unit());
            UUID ops = unit(site.ops());
            String p = site.prefix();
            String city = site.city();
            Asset hall = add(all, byKind, p + "-FAC", p + "-FAC-01", city + " data centre building", AssetType.DATA_CENTRE_FACILITY,
                    ops, siteId, owner, custodian, 2, 4, 5, List.of(), List.of(), "FAC");
            Asset ups = add(all, byKind, p + "-FAC", p + "-FAC-02", city + " UPS and battery system", AssetType.DATA_CENTRE_FACILITY,
                    ops, siteId, owner, custodian, 1, 3, 5, List.of(), List.of(), "FAC");
            Asset cooling = add(all, byKind, p + "-FAC", p + "-FAC-03", city + " chiller plant", AssetType.DATA_CENTRE_FACILITY,
                    ops, siteId, owner, custodian, 1, 3, 5, List.of(), List.of(), "FAC");
            add(all, byKind, p + "-FAC", p + "-FAC-04", city + " access control and CCTV", AssetType.DATA_CENTRE_FACILITY,
                    ops, siteId, owner, custodian, 3, 4, 3, List.of(), List.of(), "FAC");
            for (int n = 1; n <= 6; n++) {
                String role = n <= 2 ? "core switch" : (n <= 4 ? "border firewall" : "load balancer");
                add(all, byKind, p + "-NET", String.format("%s-NET-%02d", p, n), city + " " + role + " " + n,
                        AssetType.NETWORK_DEVICE, ops, siteId, owner, custodian, 3, 4, 5,
                        List.of(String.format("%s-net%02d.dc.vigil-demo.cn", p.toLowerCase(), n)),
                        List.of(String.format("10.%d.0.%d", site.net(), n)), "NET");
            }
            for (int n = 1; n <= 10; n++) {
                Asset host = add(all, byKind, p + "-SRV", String.format("%s-SRV-%03d", p, n),
                        city + " virtualisation host " + n, AssetType.SERVER, ops, siteId, owner, custodian,
                        3 + random.nextInt(2), 4, 4 + random.nextInt(2),
                        List.of(String.format("%s-hv%03d.dc.vigil-demo.cn", p.toLowerCase(), n)),
                        List.of(String.format("10.%d.1.%d", site.net(), 10 + n)), "SRV");
                host.getDependsOn().add(hall.getId());
                host.getDependsOn().add(ups.getId());
                host.getDependsOn().add(cooling.getId());
            }
            for (int n = 1; n <= 2; n++) {
                add(all, byKind, p + "-STO", String.format("%s-STO-%02d", p, n), city + " storage array " + n,
                        AssetType.STORAGE, ops, siteId, owner, custodian, 4, 5, 5,
                        List.of(String.format("%s-san%02d.dc.vigil-demo.cn", p.toLowerCase(), n)),
                        List.of(String.format("10.%d.2.%d", site.net(), n)), "STO");
            }
        }
        UUID cloud = unit("CLOUD-OPS");
        String[][] services = {{"ECS", "Elastic compute service"}, {"OSS", "Object storage service"},
                {"RDS", "Managed database service"}, {"KMS", "Key management service"}, {"CDN", "Content delivery network"},
                {"CON", "Customer cloud console"}, {"IAM", "Cloud identity and access management"},
                {"VPC", "Virtual private cloud networking"}, {"MON", "Cloud monitoring service"},
                {"BIL", "Cloud billing platform"}};
        for (String[] s : services) {
            Asset service = add(all, byKind, "CLD", "CLD-" + s[0], s[1], AssetType.CLOUD_SERVICE, cloud, null, owner,
                    custodian, 4, 5, 5, List.of(s[0].toLowerCase() + ".cloud.vigil-demo.cn"), List.of(), "CLOUD");
            AssetData d = service.data();
            service.apply(new AssetData(d.code(), d.name(), d.type(), d.description(), d.orgUnitId(), d.siteUnitId(),
                    d.ownerUserId(), d.custodianUserId(), d.confidentiality(), d.integrity(), d.availability(),
                    DataClassification.IMPORTANT, PersonalInformation.PERSONAL, d.hostnames(), d.ipAddresses(),
                    List.of("https://" + s[0].toLowerCase() + ".cloud.vigil-demo.cn"), d.dependsOn(), d.suppliers()), now);
        }
        UUID itops = unit("ITOPS");
        String[] apps = {"Active Directory", "VPN gateway", "Bastion host", "IT service desk", "CMDB", "Monitoring platform",
                "Corporate e-mail", "Backup platform", "Code repository", "CI/CD pipeline", "Log platform", "DNS and DHCP"};
        for (int n = 0; n < apps.length; n++) {
            add(all, byKind, "IT", String.format("IT-APP-%02d", n + 1), apps[n], AssetType.APPLICATION, itops, null, owner,
                    custodian, 3 + random.nextInt(2), 4, 3 + random.nextInt(3),
                    List.of(String.format("it-app%02d.corp.vigil-demo.cn", n + 1)),
                    List.of(String.format("172.16.1.%d", n + 10)), "ITOPS");
            add(all, byKind, "IT", String.format("IT-SRV-%02d", n + 1), apps[n] + " server", AssetType.SERVER, itops, null,
                    owner, custodian, 3, 3, 3, List.of(String.format("it-srv%02d.corp.vigil-demo.cn", n + 1)),
                    List.of(String.format("172.16.2.%d", n + 10)), "ITOPS");
        }
        UUID sec = unit("SEC");
        String[] tools = {"SIEM", "Endpoint detection and response", "Privileged access management", "Vulnerability scanner",
                "Web application firewall", "Data loss prevention", "Threat intelligence platform", "Security awareness portal"};
        for (int n = 0; n < tools.length; n++) {
            add(all, byKind, "SEC", String.format("SEC-APP-%02d", n + 1), tools[n], AssetType.APPLICATION, sec, null, ciso,
                    owner, 4, 4, 3, List.of(String.format("sec%02d.corp.vigil-demo.cn", n + 1)),
                    List.of(String.format("172.16.3.%d", n + 10)), "SEC");
        }
        String[][] information = {{"HR", "Employee records", "SENSITIVE", "IMPORTANT"}, {"FIN", "Payroll data", "SENSITIVE", "GENERAL"},
                {"FIN", "General ledger", "NONE", "IMPORTANT"}, {"LEGAL", "Customer contracts", "PERSONAL", "GENERAL"},
                {"CLOUD", "Customer personal information (CRM)", "SENSITIVE", "IMPORTANT"},
                {"CLOUD", "Customer tenant metadata", "PERSONAL", "IMPORTANT"}, {"SEC", "Security logs", "PERSONAL", "IMPORTANT"},
                {"CLOUD", "Critical infrastructure customer data", "NONE", "CORE"}, {"HR", "Candidate CVs", "PERSONAL", "GENERAL"},
                {"LEGAL", "Regulatory filings", "NONE", "GENERAL"}, {"CLOUD", "Call-centre recordings", "SENSITIVE", "GENERAL"},
                {"ITOPS", "Network diagrams and configurations", "NONE", "IMPORTANT"}};
        for (int n = 0; n < information.length; n++) {
            String[] row = information[n];
            Asset info = add(all, byKind, "INF", String.format("INF-%02d", n + 1), row[1], AssetType.INFORMATION,
                    unit(row[0]), null, owner, custodian, 4, 3, 2, List.of(), List.of(), "BACK");
            info.apply(withData(info.data(), DataClassification.valueOf(row[3]), PersonalInformation.valueOf(row[2])), now);
        }
        String[] offices = {"HR", "FIN", "LEGAL", "PROC", "SEC", "ITOPS"};
        for (int n = 1; n <= 18; n++) {
            String office = offices[n % offices.length];
            add(all, byKind, "EP", String.format("EP-%03d", n), "Laptop " + office + "-" + n, AssetType.ENDPOINT,
                    unit(office), null, owner, custodian, 3, 2, 2, List.of(String.format("lt%03d.corp.vigil-demo.cn", n)),
                    List.of(), "BACK");
        }
        String[][] supplierServices = {{"China Telecom IDC link", "China Telecom"}, {"China Unicom IDC link", "China Unicom"},
                {"Managed SOC service", "SecureOps Ltd"}, {"Generator maintenance", "PowerServ Co"},
                {"Chiller maintenance", "CoolTech Engineering"}, {"Off-site tape vault", "DataVault Storage"},
                {"Customer support SaaS", "HelpDesk Cloud"}, {"Payroll outsourcing", "PayCo Services"}};
        for (int n = 0; n < supplierServices.length; n++) {
            Asset s = add(all, byKind, "SUP", String.format("SUP-%02d", n + 1), supplierServices[n][0],
                    AssetType.SUPPLIER_SERVICE, unit(n < 2 ? "ITOPS" : (n < 6 ? "CLOUD-OPS" : "PROC")), null, owner, null,
                    3, 3, 4, List.of(), List.of(), n < 2 ? "NET" : "SEC");
            AssetData d = s.data();
            s.apply(new AssetData(d.code(), d.name(), d.type(), d.description(), d.orgUnitId(), d.siteUnitId(),
                    d.ownerUserId(), d.custodianUserId(), d.confidentiality(), d.integrity(), d.availability(),
                    d.dataClassification(), d.personalInformation(), d.hostnames(), d.ipAddresses(), d.urls(),
                    d.dependsOn(), List.of(new SupplierLink(supplierServices[n][1], null))), now);
        }
        assets.saveAll(all);
        assets.flush();
        int riskCount = risks(byKind, owner, ciso, now);
        events.publishEvent(AuditableEvent.change("IMPORTED", AssetService.ENTITY, null, null,
                "Demo data: " + all.size() + " assets and " + riskCount + " risks", Map.of(),
                Map.of("assets", all.size(), "risks", riskCount)).byActor("system"));
        log.info("Demo data: {} assets and {} risks", all.size(), riskCount);
    }

    private int risks(Map<String, List<Asset>> byKind, UUID owner, UUID ciso, Instant now) {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        List<Risk> created = new ArrayList<>();
        for (Site site : SITES) {
            for (Scenario s : SITE_SCENARIOS) {
                List<Asset> candidates = byKind.getOrDefault(site.prefix() + "-" + s.assetKind(), List.of());
                created.add(risk(s, String.format(s.title(), site.city()), unit(site.ops()), candidates, owner, ciso, today,
                        now, ++count));
            }
        }
        for (int round = 0; round < 2; round++) {
            for (Scenario s : CENTRAL_SCENARIOS) {
                if (round == 1 && count >= 60) {
                    break;
                }
                List<Asset> candidates = byKind.getOrDefault(s.assetKind(), List.of());
                String title = round == 0 ? s.title() : s.title() + " (second site)";
                UUID unit = candidates.isEmpty() ? unit("SEC") : candidates.get(0).getOrgUnitId();
                created.add(risk(s, title, unit, candidates, owner, ciso, today, now, ++count));
            }
        }
        return created.size();
    }

    private Risk risk(Scenario s, String title, UUID unit, List<Asset> candidates, UUID owner, UUID ciso, LocalDate today,
            Instant now, int number) {
        List<UUID> assetIds = new ArrayList<>();
        for (int k = 0; k < Math.min(2, candidates.size()); k++) {
            assetIds.add(candidates.get((number + k) % candidates.size()).getId());
        }
        // a little spread so the heat map is not a few towers
        int l = clamp(s.l() + (number % 3 == 0 ? 1 : 0) - (number % 5 == 0 ? 1 : 0));
        int rl = Math.min(l, clamp(s.rl()));
        RiskData data = new RiskData(title, null, unit, s.threat(), s.vulnerability(), s.controls(), l, s.i(), rl, s.ri(),
                owner, s.treatment() == Treatment.ACCEPT ? Treatment.UNDECIDED : s.treatment(), assetIds);
        Risk risk = risks.save(new Risk(UUID.randomUUID(), String.format("R-%04d", number), data, matrix,
                today.plusDays(7 + (number * 11) % 90), now));
        risks.flush();
        scores.save(new RiskScoreRecord(risk, "CREATED", "system", "Demo data", now));
        tasks.open(new NewTask("Review risk " + risk.getCode(), risk.getTitle(), "RISK_REVIEW", unit, TaskOwner.user(owner),
                RiskService.related(risk, RiskService.ENTITY, risk.getId()), risk.getNextReviewOn(), TaskPriority.NORMAL));
        if (s.treatment() == Treatment.ACCEPT) {
            LocalDate expiry = today.plusMonths(Math.min(properties.acceptanceMonths(), 3 + number % 9));
            risk.accept(ciso, "Residual risk within appetite; revisit when the budget allows", expiry, now);
            scores.save(new RiskScoreRecord(risk, "ACCEPTED", "system", "Demo data", now));
            tasks.open(new NewTask("Re-review the acceptance of risk " + risk.getCode(), risk.getTitle(),
                    "RISK_ACCEPTANCE_REVIEW", unit, TaskOwner.user(owner),
                    RiskService.related(risk, "RiskAcceptance", risk.getId()), expiry, TaskPriority.HIGH));
        }
        if (s.plan() != null) {
            RiskPlanItem item = planItems.save(new RiskPlanItem(UUID.randomUUID(), risk.getId(), s.plan(), owner,
                    today.plusDays(14 + number % 60), now));
            item.linkTask(tasks.open(new NewTask(s.plan(), "Treatment of risk " + risk.getCode(), "RISK_TREATMENT", unit,
                    TaskOwner.user(owner), RiskService.related(risk, "RiskPlanItem", item.getId()), item.getDueDate(),
                    TaskPriority.NORMAL)).id());
            risk.startTreatment(now);
        }
        return risk;
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }

    private Asset add(List<Asset> all, Map<String, List<Asset>> byKind, String group, String code, String name,
            AssetType type, UUID unit, UUID site, UUID owner, UUID custodian, int c, int i, int a, List<String> hosts,
            List<String> ips, String kind) {
        Asset asset = new Asset(UUID.randomUUID(), new AssetData(code, name, type, null, unit, site, owner, custodian, c, i,
                a, DataClassification.GENERAL, PersonalInformation.NONE, hosts, ips, List.of(), List.of(), List.of()),
                clock.instant());
        all.add(asset);
        byKind.computeIfAbsent(group, g -> new ArrayList<>()).add(asset);
        byKind.computeIfAbsent(kind, g -> new ArrayList<>()).add(asset);
        return asset;
    }

    private static AssetData withData(AssetData d, DataClassification data, PersonalInformation personal) {
        return new AssetData(d.code(), d.name(), d.type(), d.description(), d.orgUnitId(), d.siteUnitId(), d.ownerUserId(),
                d.custodianUserId(), d.confidentiality(), d.integrity(), d.availability(), data, personal, d.hostnames(),
                d.ipAddresses(), d.urls(), d.dependsOn(), d.suppliers());
    }

    private UUID unit(String code) {
        return orgUnits.findByCode(code).or(() -> orgUnits.findByCode("GROUP"))
                .or(() -> orgUnits.all().stream().findFirst()).map(OrgUnitView::id).orElseThrow();
    }

    private UUID user(String... usernames) {
        for (String username : usernames) {
            Optional<UUID> id = users.idOf(username);
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new IllegalStateException("no demo user found among " + List.of(usernames));
    }
}
