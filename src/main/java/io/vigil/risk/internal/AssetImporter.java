package io.vigil.risk.internal;

import io.vigil.shared.spreadsheet.ImportErrors;
import io.vigil.shared.spreadsheet.ImportReport;
import static io.vigil.risk.internal.AssetColumns.*;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import io.vigil.shared.spreadsheet.SpreadsheetReader;
import io.vigil.shared.spreadsheet.SpreadsheetReader.Line;
import io.vigil.shared.spreadsheet.SpreadsheetReader.Table;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VisibleUnits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports new assets from CSV or XLSX: every row is checked first with lookups loaded once, and only
 * a file without a single error is written, in one transaction. A row may depend on an existing
 * asset or on another row of the same file (by code).
 */
@Service
public class AssetImporter {

    private final AssetRepository assets;
    private final OrgUnits orgUnits;
    private final UserRefs users;
    private final DataScope scope;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetImporter(AssetRepository assets, OrgUnits orgUnits, UserRefs users, DataScope scope, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.orgUnits = orgUnits;
        this.users = users;
        this.scope = scope;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importFile(String filename, byte[] content, boolean dryRun) {
        ImportErrors errors = new ImportErrors(messages, LocaleContextHolder.getLocale());
        Table table;
        try {
            table = SpreadsheetReader.read(filename, content);
        } catch (SpreadsheetReader.UnreadableFileException e) {
            errors.add(1, null, e.reason().messageKey("risk.import.error"));
            return new ImportReport(0, 0, 0, errors.list());
        }
        Map<String, Integer> columns = columns(table.header(), errors);
        if (errors.any()) {
            return new ImportReport(table.rows().size(), 0, 0, errors.list());
        }
        List<Candidate> candidates = check(table.rows(), columns, errors);
        int valid = (int) candidates.stream().filter(c -> !errors.hasLine(c.line)).count();
        if (errors.any() || dryRun) {
            return new ImportReport(table.rows().size(), valid, 0, errors.list());
        }
        Instant now = clock.instant();
        List<Asset> created = candidates.stream().map(c -> new Asset(c.id, c.data, now)).toList();
        assets.saveAll(created);
        assets.flush();
        events.publishEvent(AuditableEvent.change("IMPORTED", AssetService.ENTITY, null, null,
                "Imported " + created.size() + " assets from " + filename, Map.of(),
                Map.of("file", String.valueOf(filename), "rows", created.size(),
                        "codes", created.stream().map(Asset::getCode).toList())));
        return new ImportReport(table.rows().size(), valid, created.size(), List.of());
    }

    private Map<String, Integer> columns(List<String> header, ImportErrors errors) {
        Map<String, Integer> positions = new HashMap<>();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            errors.add(1, null, "risk.import.error.noHeader", String.join(",", ALL));
            return positions;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!ALL.contains(name)) {
                errors.add(1, header.get(i).strip(), "risk.import.error.unknownColumn", String.join(",", ALL));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(1, name, "risk.import.error.repeatedColumn");
            }
        }
        REQUIRED.stream().filter(r -> !positions.containsKey(r)).sorted(Comparator.comparing(ALL::indexOf))
                .forEach(missing -> errors.add(1, missing, "risk.import.error.missingColumn"));
        return positions;
    }

    private static final class Candidate {
        final UUID id = UUID.randomUUID();
        final int line;
        AssetData data;
        List<String> dependsOnCodes = List.of();

        Candidate(int line) {
            this.line = line;
        }
    }

    private List<Candidate> check(List<Line> lines, Map<String, Integer> columns, ImportErrors errors) {
        Map<String, OrgUnitView> unitsByCode = orgUnits.all().stream()
                .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        VisibleUnits writable = scope.visibleUnits(AssetService.WRITE);
        VisibleUnits readable = scope.visibleUnits(AssetService.READ);
        Map<String, AssetRepository.CodedAsset> existing = assets.findAllCodes().stream()
                .collect(Collectors.toMap(a -> a.getCode().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Map<String, UUID> userIds = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Candidate> byCode = new HashMap<>();
        for (Line line : lines) {
            int n = line.number();
            Function<String, String> cell = c -> columns.containsKey(c) ? line.cell(columns.get(c)).strip() : "";
            Set<String> unparsable = new HashSet<>();
            Candidate candidate = new Candidate(n);
            UUID unitId = null;
            String unitCode = cell.apply(ORG_UNIT_CODE);
            if (!unitCode.isEmpty()) {
                OrgUnitView unit = unitsByCode.get(unitCode.toLowerCase(Locale.ROOT));
                if (unit == null) {
                    errors.add(n, ORG_UNIT_CODE, "risk.import.error.unknownOrgUnit", unitCode);
                    unparsable.add(ORG_UNIT_CODE);
                } else if (!writable.contains(unit.id())) {
                    errors.add(n, ORG_UNIT_CODE, "risk.error.orgUnitNotWritable");
                    unparsable.add(ORG_UNIT_CODE);
                } else {
                    unitId = unit.id();
                }
            }
            UUID siteId = null;
            String siteCode = cell.apply(SITE_CODE);
            if (!siteCode.isEmpty()) {
                OrgUnitView site = unitsByCode.get(siteCode.toLowerCase(Locale.ROOT));
                if (site == null) {
                    errors.add(n, SITE_CODE, "risk.import.error.unknownOrgUnit", siteCode);
                } else {
                    siteId = site.id();
                }
            }
            UUID owner = user(cell.apply(OWNER), n, OWNER, userIds, errors);
            UUID custodian = user(cell.apply(CUSTODIAN), n, CUSTODIAN, userIds, errors);
            AssetType type = enumCell(cell.apply(TYPE), AssetType.class, n, TYPE, errors, unparsable);
            DataClassification dataClass = enumCell(cell.apply(DATA_CLASSIFICATION), DataClassification.class, n,
                    DATA_CLASSIFICATION, errors, unparsable);
            PersonalInformation pi = enumCell(cell.apply(PERSONAL_INFORMATION), PersonalInformation.class, n,
                    PERSONAL_INFORMATION, errors, unparsable);
            Integer c = rating(cell.apply(CONFIDENTIALITY), n, CONFIDENTIALITY, errors, unparsable);
            Integer i = rating(cell.apply(INTEGRITY), n, INTEGRITY, errors, unparsable);
            Integer a = rating(cell.apply(AVAILABILITY), n, AVAILABILITY, errors, unparsable);
            List<SupplierLink> suppliers = new ArrayList<>();
            for (String entry : split(cell.apply(SUPPLIERS))) {
                int hash = entry.lastIndexOf('#');
                try {
                    suppliers.add(hash < 0 ? new SupplierLink(entry, null)
                            : new SupplierLink(entry.substring(0, hash).strip(),
                                    UUID.fromString(entry.substring(hash + 1).strip())));
                } catch (IllegalArgumentException e) {
                    errors.add(n, SUPPLIERS, "risk.import.error.supplier", entry);
                }
            }
            candidate.dependsOnCodes = split(cell.apply(DEPENDS_ON));
            candidate.data = new AssetData(cell.apply(CODE), cell.apply(NAME), type, emptyToNull(cell.apply(DESCRIPTION)),
                    unitId, siteId, owner, custodian, c, i, a, dataClass, pi, split(cell.apply(HOSTNAMES)),
                    split(cell.apply(IP_ADDRESSES)), split(cell.apply(URLS)), List.of(), suppliers);
            for (FieldProblem problem : AssetRules.check(candidate.data)) {
                String column = AssetColumns.forField(problem.field());
                if (!unparsable.contains(column)) {
                    errors.add(n, column, problem.messageKey(), problem.arguments());
                }
            }
            String code = candidate.data.code();
            if (!code.isEmpty()) {
                Candidate first = byCode.putIfAbsent(code.toLowerCase(Locale.ROOT), candidate);
                if (first != null) {
                    errors.add(n, CODE, "risk.import.error.duplicateInFile", first.line);
                } else if (existing.containsKey(code.toLowerCase(Locale.ROOT))) {
                    errors.add(n, CODE, "risk.error.duplicateCode");
                }
            }
            candidates.add(candidate);
        }
        for (Candidate candidate : candidates) {
            List<UUID> dependsOn = new ArrayList<>();
            for (String code : candidate.dependsOnCodes) {
                String key = code.toLowerCase(Locale.ROOT);
                Candidate inFile = byCode.get(key);
                AssetRepository.CodedAsset known = existing.get(key);
                if (inFile == candidate) {
                    errors.add(candidate.line, DEPENDS_ON, "risk.error.dependsOnSelf");
                } else if (inFile != null) {
                    dependsOn.add(inFile.id);
                } else if (known != null && readable.contains(known.getOrgUnitId())) {
                    dependsOn.add(known.getId());
                } else {
                    errors.add(candidate.line, DEPENDS_ON, "risk.import.error.unknownAsset", code);
                }
            }
            AssetData d = candidate.data;
            candidate.data = new AssetData(d.code(), d.name(), d.type(), d.description(), d.orgUnitId(), d.siteUnitId(),
                    d.ownerUserId(), d.custodianUserId(), d.confidentiality(), d.integrity(), d.availability(),
                    d.dataClassification(), d.personalInformation(), d.hostnames(), d.ipAddresses(), d.urls(),
                    dependsOn, d.suppliers());
        }
        return candidates;
    }

    private UUID user(String username, int line, String column, Map<String, UUID> cache, ImportErrors errors) {
        if (username.isEmpty()) {
            return null;
        }
        UUID id = cache.computeIfAbsent(username, u -> users.idOf(u).orElse(null));
        if (id == null) {
            errors.add(line, column, "risk.import.error.unknownUser", username);
        }
        return id;
    }

    private <E extends Enum<E>> E enumCell(String text, Class<E> type, int line, String column, ImportErrors errors,
            Set<String> unparsable) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(line, column, "risk.import.error.choice", text,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            unparsable.add(column);
            return null;
        }
    }

    private Integer rating(String text, int line, String column, ImportErrors errors, Set<String> unparsable) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(line, column, "risk.error.rating");
            unparsable.add(column);
            return null;
        }
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

}
