package io.vigil.supplier.internal;

import io.vigil.shared.spreadsheet.ImportErrors;
import io.vigil.shared.spreadsheet.ImportReport;
import static io.vigil.supplier.internal.SupplierColumns.*;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.spreadsheet.SpreadsheetReader;
import io.vigil.shared.spreadsheet.SpreadsheetReader.Line;
import io.vigil.shared.spreadsheet.SpreadsheetReader.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports new suppliers from CSV or XLSX. Every row is checked first, with every lookup (categories,
 * existing credit codes and registration numbers) loaded once per file; only a file without a single
 * error is written, in one transaction, as batched inserts. For a CN supplier the {@code credit_code}
 * column holds the unified social credit code; for any other country, the local registration number.
 */
@Service
public class SupplierImporter {

    private static final Logger log = LoggerFactory.getLogger(SupplierImporter.class);

    private final SupplierRepository suppliers;
    private final SupplierService service;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierImporter(SupplierRepository suppliers, SupplierService service, OrgUnits orgUnits, DataScope scope,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.service = service;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param orgUnitId the unit the new suppliers belong to; {@code null} takes the caller's topmost
     *                  unit with {@code supplier:write}
     */
    @Transactional
    public ImportReport importFile(String filename, byte[] content, boolean dryRun, UUID orgUnitId) {
        ImportErrors errors = new ImportErrors(messages, LocaleContextHolder.getLocale());
        Table table;
        try {
            table = SpreadsheetReader.read(filename, content);
        } catch (SpreadsheetReader.UnreadableFileException e) {
            errors.add(1, null, e.reason().messageKey("supplier.import.error"));
            return new ImportReport(0, 0, 0, errors.list());
        }
        UUID unit = targetUnit(orgUnitId, errors);
        Map<String, Integer> columns = columns(table.header(), errors);
        if (errors.any()) {
            return new ImportReport(table.rows().size(), 0, 0, errors.list());
        }
        List<Candidate> candidates = check(table.rows(), columns, unit, errors);
        int valid = (int) candidates.stream().filter(c -> !errors.hasLine(c.line)).count();
        if (errors.any() || dryRun) {
            return new ImportReport(table.rows().size(), valid, 0, errors.list());
        }
        Instant now = clock.instant();
        List<Supplier> created = candidates.stream().map(c -> new Supplier(UUID.randomUUID(), c.data, now)).toList();
        suppliers.saveAll(created);
        suppliers.flush();
        events.publishEvent(AuditableEvent.change("IMPORTED", SupplierService.ENTITY, null, unit,
                "Imported " + created.size() + " suppliers from " + filename, Map.of(),
                Map.of("file", String.valueOf(filename), "rows", created.size(),
                        "names", created.stream().map(Supplier::getName).limit(200).toList())));
        log.info("Imported {} suppliers", created.size());
        return new ImportReport(table.rows().size(), valid, created.size(), List.of());
    }

    private UUID targetUnit(UUID requested, ImportErrors errors) {
        if (requested != null) {
            if (!scope.canAccess(SupplierService.WRITE, requested)) {
                errors.add(1, null, "supplier.error.orgUnitNotWritable");
            }
            return requested;
        }
        List<OrgUnitView> writable = orgUnits.visibleTo(Permission.SUPPLIER_WRITE);
        if (writable.isEmpty()) {
            errors.add(1, null, "supplier.error.orgUnitNotWritable");
            return null;
        }
        return writable.get(0).id();
    }

    /** Header names (case and spaces forgiven) to their position; unknown, repeated or missing ones are errors. */
    private static Map<String, Integer> columns(List<String> header, ImportErrors errors) {
        Map<String, Integer> positions = new HashMap<>();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            errors.add(1, null, "supplier.import.error.noHeader", String.join(",", ALL));
            return positions;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!ALL.contains(name)) {
                errors.add(1, header.get(i).strip(), "supplier.import.error.unknownColumn", String.join(",", ALL));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(1, name, "supplier.import.error.repeatedColumn");
            }
        }
        REQUIRED.stream().filter(required -> !positions.containsKey(required))
                .sorted(Comparator.comparing(ALL::indexOf))
                .forEach(missing -> errors.add(1, missing, "supplier.import.error.missingColumn"));
        return positions;
    }

    private record Candidate(int line, SupplierData data) {
    }

    private List<Candidate> check(List<Line> lines, Map<String, Integer> columns, UUID unit, ImportErrors errors) {
        Map<String, String> categoryByName = new HashMap<>();
        service.categories().forEach(c -> {
            categoryByName.put(c.code().toLowerCase(Locale.ROOT), c.code());
            categoryByName.put(c.nameEn().toLowerCase(Locale.ROOT), c.code());
            categoryByName.put(c.nameZh().toLowerCase(Locale.ROOT), c.code());
        });
        // a deactivated category is given to no new supplier
        Set<String> known = new HashSet<>(service.activeCategoryCodes());
        Set<String> existingCodes = new HashSet<>(suppliers.findAllCreditCodes());
        Set<String> existingNumbers = new HashSet<>(suppliers.findAllRegistrationNumbers());
        Map<String, Integer> firstLine = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int n = line.number();
            Function<String, String> cell = column -> columns.containsKey(column)
                    ? line.cell(columns.get(column)).strip() : "";
            Set<String> unparsable = new HashSet<>();
            String country = SupplierService.upper(cell.apply(COUNTRY));
            String identifier = SupplierService.trim(cell.apply(CREDIT_CODE));
            boolean mainland = "CN".equals(country);
            Set<String> categories = new HashSet<>();
            for (String part : cell.apply(CATEGORIES).split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String code = categoryByName.get(part.strip().toLowerCase(Locale.ROOT));
                if (code == null) {
                    errors.add(n, CATEGORIES, "supplier.error.category", part.strip());
                    unparsable.add(CATEGORIES);
                } else {
                    categories.add(code);
                }
            }
            LocalDate registeredOn = null;
            String date = cell.apply(REGISTERED_ON);
            if (!date.isEmpty()) {
                try {
                    registeredOn = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    errors.add(n, REGISTERED_ON, "supplier.import.error.date", date);
                    unparsable.add(REGISTERED_ON);
                }
            }
            List<Contact> contacts = new ArrayList<>();
            if (!(cell.apply(CONTACT_NAME) + cell.apply(CONTACT_EMAIL) + cell.apply(CONTACT_PHONE)).isBlank()) {
                contacts.add(new Contact(cell.apply(CONTACT_NAME), cell.apply(CONTACT_EMAIL),
                        cell.apply(CONTACT_PHONE), null));
            }
            SupplierData data = service.normalize(new SupplierData(cell.apply(NAME), cell.apply(NAME_EN),
                    mainland ? identifier : null, mainland ? null : identifier, country, null, null, categories,
                    contacts, null, null, null, unit, registeredOn));
            for (FieldProblem problem : SupplierRules.check(data, known)) {
                String column = SupplierColumns.forField(problem.field());
                if (!unparsable.contains(column) && ALL.contains(column)) {
                    errors.add(n, column, problem.messageKey(), problem.arguments());
                }
            }
            String key = data.creditCode() != null ? "C:" + data.creditCode()
                    : data.registrationNumber() != null ? "R:" + data.registrationNumber() : null;
            if (key != null) {
                Integer first = firstLine.putIfAbsent(key, n);
                if (first != null) {
                    errors.add(n, CREDIT_CODE, "supplier.import.error.duplicateInFile", first);
                } else if (data.creditCode() != null && existingCodes.contains(data.creditCode())) {
                    errors.add(n, CREDIT_CODE, "supplier.error.duplicateCreditCode", data.creditCode());
                } else if (data.registrationNumber() != null && existingNumbers.contains(data.registrationNumber())) {
                    errors.add(n, CREDIT_CODE, "supplier.error.duplicateRegistrationNumber", data.registrationNumber());
                }
            }
            candidates.add(new Candidate(n, data));
        }
        return candidates;
    }

}
