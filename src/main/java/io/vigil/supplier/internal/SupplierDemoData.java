package io.vigil.supplier.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.BlacklistReason;
import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.SupplierStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * Demo profile: about 300 suppliers with valid credit codes, mostly mainland with some from Hong
 * Kong, Macau, Taiwan and overseas, spread over the categories and every classification. The same
 * data on every run (seeded); it goes to the procurement unit when the demo organisation has one.
 */
@Component
@Profile("demo")
@Order(40)
class SupplierDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupplierDemoData.class);

    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "天津", "苏州",
            "廊坊", "西安"};
    private static final String[] CITY_CODES = {"110105", "310115", "440106", "440305", "330106", "320106", "510107",
            "420106", "120116", "320505", "131003", "610113"};
    private static final String[] CITY_EN = {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Hangzhou", "Nanjing",
            "Chengdu", "Wuhan", "Tianjin", "Suzhou", "Langfang", "Xi'an"};
    private static final String[] WORDS = {"华信", "恒通", "中科", "云迅", "鼎盛", "瑞达", "天成", "博远", "新能", "安泰",
            "宏图", "金桥", "联创", "智远", "众合", "汇丰", "德力", "正和", "星辰", "东方"};
    private static final String[] WORDS_EN = {"Huaxin", "Hengtong", "Zhongke", "Yunxun", "Dingsheng", "Ruida",
            "Tiancheng", "Boyuan", "Xinneng", "Antai", "Hongtu", "Jinqiao", "Lianchuang", "Zhiyuan", "Zhonghe",
            "Huifeng", "Deli", "Zhenghe", "Xingchen", "Dongfang"};
    private record Trade(String category, String zh, String en) {
    }
    private static final Trade[] TRADES = {new Trade("IT_EQUIPMENT", "信息技术设备", "IT Equipment"),
            new Trade("POWER_COOLING", "电力制冷工程", "Power & Cooling"),
            new Trade("CONSTRUCTION", "建设工程", "Construction"),
            new Trade("NETWORK_BANDWIDTH", "网络通信", "Networks"), new Trade("SOFTWARE", "软件技术", "Software"),
            new Trade("PROFESSIONAL_SERVICES", "咨询服务", "Consulting"),
            new Trade("FACILITY_SERVICES", "物业服务", "Facility Services"),
            new Trade("SECURITY_SERVICES", "保安服务", "Security Services"), new Trade("LOGISTICS", "物流", "Logistics")};
    private record Foreign(String country, String name, String prefix) {
    }
    private static final Foreign[] FOREIGN = {new Foreign("HK", "Pacific Data Systems Limited", "HK-CR-"),
            new Foreign("HK", "Harbour Power Engineering Limited", "HK-CR-"),
            new Foreign("MO", "Macau Facility Services Limitada", "MO-SO-"),
            new Foreign("TW", "Formosa Cooling Technology Co., Ltd.", "TW-UBN-"),
            new Foreign("HK", "Victoria Network Solutions Limited", "HK-CR-"),
            new Foreign("SG", "Straits Data Centre Engineering Pte. Ltd.", "SG-UEN-"),
            new Foreign("US", "Northfield Storage Inc.", "US-EIN-"),
            new Foreign("DE", "Rheinkraft Energietechnik GmbH", "DE-HRB-"),
            new Foreign("JP", "Kansai Precision Cooling K.K.", "JP-CN-"),
            new Foreign("GB", "Albion Fire Safety Ltd", "GB-CRN-"),
            new Foreign("SE", "Nordic Battery Systems AB", "SE-ORG-"),
            new Foreign("TW", "Hsinchu Semiconductor Supply Corp.", "TW-UBN-")};

    private final SupplierRepository suppliers;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ContactAccountRepository contactAccounts;
    private final UserDirectory users;
    private final SupplierDocumentRepository documents;
    private final AccessCaseRepository accessCases;

    SupplierDemoData(SupplierRepository suppliers, OrgUnits orgUnits, ApplicationEventPublisher events, Clock clock,
            ContactAccountRepository contactAccounts, UserDirectory users, SupplierDocumentRepository documents,
            AccessCaseRepository accessCases) {
        this.accessCases = accessCases;
        this.documents = documents;
        this.contactAccounts = contactAccounts;
        this.users = users;
        this.suppliers = suppliers;
        this.orgUnits = orgUnits;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID unit = orgUnits.findByCode("PROC").or(() -> orgUnits.findByCode("GROUP")).map(OrgUnitView::id)
                .orElse(null);
        if (unit == null) {
            return;
        }
        if (suppliers.count() > 0) {
            linkPortalUser(unit);
            return;
        }
        List<Supplier> created = generate(unit, LocalDate.now(clock), clock.instant());
        suppliers.saveAll(created);
        events.publishEvent(AuditableEvent.change("IMPORTED", SupplierService.ENTITY, null, unit,
                "Demo data: " + created.size() + " suppliers", Map.of(), Map.of("rows", created.size()))
                .byActor("demo-data"));
        log.info("Demo data: created {} suppliers", created.size());
        suppliers.flush();
        documents.saveAll(documents(created, documents.requiredPairs(), LocalDate.now(clock), clock.instant()));
        linkPortalUser(unit);
        users.findByUsername("procofficer").ifPresent(officer ->
                accessCases.saveAll(accessCases(created, officer.id(), clock.instant())));
    }

    private static final Map<AccessStages.Stage, String> STAGE_DATA = Map.of(
            AccessStages.Stage.QUALIFICATION_REVIEW, "verdict=PASS",
            AccessStages.Stage.ONSITE_INSPECTION, "inspectionDate=2026-10-12\ninspectors=Sun Li, Zhao Lei\nscore=86",
            AccessStages.Stage.INTERNAL_ASSESSMENT, "securityQuestionnaireScore=82\ntestResult=PASS",
            AccessStages.Stage.SHORTLIST_ANNOUNCEMENT, "objectionWindowDays=3\npublishedOn=2026-11-02");

    /** Open access cases for prospects: a STANDARD case waiting in every stage and EXPRESS ones. */
    static List<AccessCase> accessCases(List<Supplier> created, UUID officer, Instant now) {
        List<Supplier> prospects = created.stream().filter(s -> s.getStatus() == SupplierStatus.PROSPECT).toList();
        List<AccessCase> cases = new ArrayList<>();
        for (int i = 0; i < prospects.size() && i < 8; i++) {
            boolean express = i >= 5;
            AccessCase c = new AccessCase(prospects.get(i).getId(),
                    express ? AccessStages.Kind.EXPRESS : AccessStages.Kind.STANDARD,
                    express ? AccessStages.ExpressReason.values()[i % AccessStages.ExpressReason.values().length] : null,
                    officer, now);
            int completed = express ? i - 5 : i;
            for (int k = 0; k < completed; k++) {
                c.completeStage(STAGE_DATA.get(c.getStage()), officer, now);
            }
            cases.add(c);
        }
        return cases;
    }

    /**
     * The documents each supplier's categories require: most valid for years, every 7th expiring within
     * 30 days (reminder tasks), every 11th lapsed last month (flagged).
     */
    static List<SupplierDocument> documents(List<Supplier> created, List<Object[]> requiredPairs, LocalDate today,
            Instant now) {
        Map<String, List<String>> required = new java.util.HashMap<>();
        for (Object[] pair : requiredPairs) {
            required.computeIfAbsent((String) pair[0], k -> new ArrayList<>()).add((String) pair[1]);
        }
        List<SupplierDocument> all = new ArrayList<>();
        int i = 0;
        for (Supplier s : created) {
            Set<String> types = new java.util.TreeSet<>();
            s.getCategories().forEach(c -> types.addAll(required.getOrDefault(c, List.of())));
            for (String type : types) {
                i++;
                LocalDate validTo = type.equals("BUSINESS_LICENCE") ? null
                        : i % 11 == 0 ? today.minusDays(20) : i % 7 == 0 ? today.plusDays(10 + i % 20)
                        : today.plusYears(1).plusDays(i % 300);
                all.add(new SupplierDocument(s.getId(), SupplierDocument.Type.valueOf(type),
                        "DEMO-" + type + "-" + (10000 + i), issuer(type), today.minusYears(2), validTo, now));
            }
        }
        return all;
    }

    private static String issuer(String type) {
        return switch (type) {
            case "BUSINESS_LICENCE" -> "市场监督管理局";
            case "INDUSTRY_QUALIFICATION" -> "住房和城乡建设部";
            case "NDA", "DATA_PROCESSING_AGREEMENT" -> "Vigil Procurement";
            default -> "中国质量认证中心 (CQC)";
        };
    }

    /** The demo account {@code supplier} (a SUPPLIER_CONTACT) sees the first qualified supplier in the portal. */
    private void linkPortalUser(UUID unit) {
        users.findByUsername("supplier").filter(user -> !contactAccounts.existsById(user.id()))
                .ifPresent(user -> suppliers.findFirstByOrgUnitIdAndStatusOrderByNameAsc(unit, SupplierStatus.QUALIFIED)
                        .ifPresent(s -> contactAccounts.save(new ContactAccount(user.id(), s.getId(), user.id(),
                                clock.instant()))));
    }

    /** The demo register; the same on every call for the same unit and day. */
    static List<Supplier> generate(UUID unit, LocalDate today, Instant now) {
        Random random = new Random(20261128L);
        List<Supplier> all = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int i = 0;
        while (all.size() < 288) {
            int city = random.nextInt(CITIES.length);
            int word = random.nextInt(WORDS.length);
            Trade trade = TRADES[random.nextInt(TRADES.length)];
            String name = CITIES[city] + WORDS[word] + trade.zh() + "有限公司";
            if (!names.add(name)) {
                continue;
            }
            String first17 = "91" + CITY_CODES[city] + String.format("MA%07d", 1000 + i * 37).substring(0, 9);
            String code = first17 + CreditCode.checkCharacter(first17);
            String nameEn = CITY_EN[city] + " " + WORDS_EN[word] + " " + trade.en() + " Co., Ltd.";
            all.add(supplier(unit, name, nameEn, code, null, "CN", trade, random, today, now, i++));
        }
        for (Foreign foreign : FOREIGN) {
            Trade trade = TRADES[random.nextInt(TRADES.length)];
            all.add(supplier(unit, foreign.name(), foreign.name(), null, foreign.prefix() + (100000 + i * 7),
                    foreign.country(), trade, random, today, now, i++));
        }
        return all;
    }

    private static Supplier supplier(UUID unit, String name, String nameEn, String code, String registration,
            String country, Trade trade, Random random, LocalDate today, Instant now, int index) {
        Set<String> categories = random.nextInt(4) == 0
                ? new java.util.TreeSet<>(List.of(trade.category(), TRADES[random.nextInt(TRADES.length)].category()))
                : Set.of(trade.category());
        CriticalityTier tier = index % 10 == 0 ? CriticalityTier.CRITICAL
                : index % 4 == 0 ? CriticalityTier.IMPORTANT : CriticalityTier.STANDARD;
        String contactName = "联系人" + (index + 1);
        SupplierData data = new SupplierData(name, nameEn, code, registration, country,
                "https://supplier" + index + ".example.com", null, categories,
                List.of(new Contact(contactName, "contact" + index + "@supplier" + index + ".example.com",
                        "+86 10 8000 " + String.format("%04d", index), "Account manager")),
                tier, tier == CriticalityTier.STANDARD ? null : "Demo: supports data-centre operations",
                null, unit, today.minusDays(30L + random.nextInt(5 * 365)));
        Supplier supplier = new Supplier(UUID.randomUUID(), data, now);
        SupplierStatus status = status(index);
        if (status != SupplierStatus.PROSPECT) {
            supplier.changeStatus(status, reason(status, index), now);
        }
        return supplier;
    }

    /** Mostly qualified, with every classification present. */
    static SupplierStatus status(int index) {
        int slot = index % 20;
        return switch (slot) {
            case 0, 1 -> SupplierStatus.PREFERRED;
            case 2, 3 -> SupplierStatus.PROSPECT;
            case 4 -> SupplierStatus.RECTIFYING;
            case 5 -> index % 40 == 5 ? SupplierStatus.UNQUALIFIED : SupplierStatus.SUSPENDED;
            case 6 -> index % 60 == 6 ? SupplierStatus.BLACKLISTED : SupplierStatus.QUALIFIED;
            default -> SupplierStatus.QUALIFIED;
        };
    }

    private static String reason(SupplierStatus status, int index) {
        return switch (status) {
            case RECTIFYING -> "Demo: late deliveries in the last review; rectification plan agreed";
            case UNQUALIFIED -> "Demo: failed the yearly review";
            case SUSPENDED -> "Demo: ISO 27001 certificate lapsed";
            case BLACKLISTED -> "Demo: " + BlacklistReason.values()[index % BlacklistReason.values().length];
            default -> "Demo: qualified through standard access";
        };
    }
}
