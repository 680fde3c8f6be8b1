package io.vigil.people.internal;

import io.vigil.shared.spreadsheet.ImportErrors;
import io.vigil.shared.spreadsheet.ImportReport;
import static io.vigil.people.internal.EmployeeColumns.*;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeRepository.NumberedEmployee;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VisibleUnits;
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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports new employees from CSV or XLSX: every row is checked first (with lookups loaded once,
 * not per row), and only a file without a single error is written, in one transaction, as batched
 * inserts. Rows may name as manager an existing employee or another row of the same file.
 */
@Service
public class EmployeeImporter {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImporter.class);

    private final EmployeeRepository employees;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeImporter(EmployeeRepository employees, OrgUnits orgUnits, DataScope scope, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.orgUnits = orgUnits;
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
            errors.add(1, null, e.reason().messageKey("people.import.error"));
            return new ImportReport(0, 0, 0, errors.list());
        }
        Map<String, Integer> columns = columns(table.header(), errors);
        if (errors.any()) {
            return new ImportReport(table.rows().size(), 0, 0, errors.list());
        }
        List<Candidate> candidates = new Lookups().check(table.rows(), columns, errors);
        int valid = (int) candidates.stream().filter(c -> !errors.hasLine(c.line.number())).count();
        if (errors.any() || dryRun) {
            return new ImportReport(table.rows().size(), valid, 0, errors.list());
        }
        List<Employee> created = persist(candidates);
        events.publishEvent(AuditableEvent.change("IMPORTED", EmployeeService.ENTITY, null, null,
                "Imported " + created.size() + " employees from " + filename, Map.of(),
                Map.of("file", String.valueOf(filename), "rows", created.size(),
                        "employeeNumbers", created.stream().map(Employee::getEmployeeNumber).toList())));
        log.info("Imported {} employees", created.size());
        return new ImportReport(table.rows().size(), valid, created.size(), List.of());
    }

    /** Header names (case and spaces forgiven) to their position; unknown, repeated or missing ones are errors. */
    private static Map<String, Integer> columns(List<String> header, ImportErrors errors) {
        Map<String, Integer> positions = new HashMap<>();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            errors.add(1, null, "people.import.error.noHeader", String.join(",", ALL));
            return positions;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!ALL.contains(name)) {
                errors.add(1, header.get(i).strip(), "people.import.error.unknownColumn", String.join(",", ALL));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(1, name, "people.import.error.repeatedColumn");
            }
        }
        REQUIRED.stream().filter(required -> !positions.containsKey(required)).sorted(Comparator.comparing(ALL::indexOf))
                .forEach(missing -> errors.add(1, missing, "people.import.error.missingColumn"));
        return positions;
    }

    /** Managers before the people who report to them, so each insert's manager row already exists. */
    private List<Employee> persist(List<Candidate> candidates) {
        Map<String, Candidate> byNumber = candidates.stream()
                .collect(Collectors.toMap(c -> c.data.employeeNumber(), Function.identity()));
        List<Employee> ordered = new ArrayList<>(candidates.size());
        Set<String> placed = new HashSet<>();
        Instant now = clock.instant();
        for (Candidate candidate : candidates) {
            place(candidate, byNumber, placed, ordered, now);
        }
        employees.saveAll(ordered);
        employees.flush();
        return ordered;
    }

    private static void place(Candidate candidate, Map<String, Candidate> byNumber, Set<String> placed,
            List<Employee> ordered, Instant now) {
        // iterative walk up the in-file reporting line (cycles were rejected while checking)
        List<Candidate> chain = new ArrayList<>();
        Candidate current = candidate;
        while (current != null && !placed.contains(current.data.employeeNumber())) {
            chain.add(current);
            current = current.managerInFile == null ? null : byNumber.get(current.managerInFile);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Candidate next = chain.get(i);
            UUID managerId = next.managerInFile == null ? next.data.managerId()
                    : byNumber.get(next.managerInFile).id;
            ordered.add(new Employee(next.id, withManager(next.data, managerId), now));
            placed.add(next.data.employeeNumber());
        }
    }

    private static EmployeeData withManager(EmployeeData d, UUID managerId) {
        return new EmployeeData(d.employeeNumber(), d.name(), d.nameEn(), d.email(), d.phone(), d.orgUnitId(),
                d.position(), managerId, d.hireDate(), d.leaveDate(), d.status(), d.userId());
    }

    /** A checked row waiting to be written; {@code managerInFile} names a manager from the same file. */
    private static final class Candidate {
        final Line line;
        final UUID id = UUID.randomUUID();
        EmployeeData data;
        String managerInFile;

        Candidate(Line line) {
            this.line = line;
        }
    }

    /** What the checks need from the database, loaded once per file. */
    private final class Lookups {

        final Map<String, OrgUnitView> unitsByCode = orgUnits.all().stream()
                .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        final VisibleUnits writable = scope.visibleUnits(EmployeeService.WRITE);
        final VisibleUnits readable = scope.visibleUnits(EmployeeService.READ);
        final Map<String, NumberedEmployee> existing = employees.findAllNumbers().stream()
                .collect(Collectors.toMap(NumberedEmployee::getEmployeeNumber, Function.identity(), (a, b) -> a));

        List<Candidate> check(List<Line> lines, Map<String, Integer> columns, ImportErrors errors) {
            List<Candidate> candidates = new ArrayList<>();
            Map<String, Integer> firstLineOfNumber = new HashMap<>();
            for (Line line : lines) {
                Candidate candidate = new Candidate(line);
                candidate.data = parse(line, columns, candidate, errors);
                String number = candidate.data.employeeNumber();
                if (number != null) {
                    Integer first = firstLineOfNumber.putIfAbsent(number, line.number());
                    if (first != null) {
                        errors.add(line.number(), EMPLOYEE_NUMBER, "people.import.error.duplicateInFile", first);
                    } else if (existing.containsKey(number)) {
                        errors.add(line.number(), EMPLOYEE_NUMBER, "people.error.duplicateNumber");
                    }
                }
                candidates.add(candidate);
            }
            resolveManagers(candidates, firstLineOfNumber.keySet(), errors);
            return candidates;
        }

        private EmployeeData parse(Line line, Map<String, Integer> columns, Candidate candidate, ImportErrors errors) {
            int n = line.number();
            Function<String, String> cell = column -> columns.containsKey(column)
                    ? line.cell(columns.get(column)).strip() : "";
            Set<String> unparsable = new HashSet<>();
            UUID unitId = null;
            String code = cell.apply(ORG_UNIT_CODE);
            if (!code.isEmpty()) {
                OrgUnitView unit = unitsByCode.get(code.toLowerCase(Locale.ROOT));
                if (unit == null) {
                    errors.add(n, ORG_UNIT_CODE, "people.import.error.unknownOrgUnit", code);
                    unparsable.add(ORG_UNIT_CODE);
                } else if (!writable.contains(unit.id())) {
                    errors.add(n, ORG_UNIT_CODE, "people.error.orgUnitNotWritable");
                    unparsable.add(ORG_UNIT_CODE);
                } else {
                    unitId = unit.id();
                }
            }
            LocalDate hired = date(cell.apply(HIRE_DATE), n, HIRE_DATE, errors, unparsable);
            LocalDate left = date(cell.apply(LEAVE_DATE), n, LEAVE_DATE, errors, unparsable);
            EmployeeStatus status = EmployeeStatus.ACTIVE;
            String statusText = cell.apply(STATUS);
            if (!statusText.isEmpty()) {
                try {
                    status = EmployeeStatus.valueOf(statusText.toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    errors.add(n, STATUS, "people.import.error.status", statusText);
                    unparsable.add(STATUS);
                }
            }
            String manager = cell.apply(MANAGER);
            candidate.managerInFile = manager.isEmpty() ? null : manager;
            EmployeeData data = new EmployeeData(cell.apply(EMPLOYEE_NUMBER), cell.apply(NAME), cell.apply(NAME_EN),
                    cell.apply(EMAIL), cell.apply(PHONE), unitId, cell.apply(POSITION), null, hired, left, status, null);
            for (FieldProblem problem : EmployeeRules.check(data)) {
                String column = EmployeeColumns.forField(problem.field());
                if (!unparsable.contains(column)) {
                    errors.add(n, column, problem.messageKey(), problem.arguments());
                }
            }
            return data;
        }

        private LocalDate date(String text, int line, String column, ImportErrors errors, Set<String> unparsable) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(line, column, "people.import.error.date", text);
                unparsable.add(column);
                return null;
            }
        }

        /** A manager is a row of this file or an existing employee the importer may see; no reporting loops. */
        private void resolveManagers(List<Candidate> candidates, Set<String> numbersInFile, ImportErrors errors) {
            Map<String, Candidate> byNumber = new HashMap<>();
            candidates.forEach(c -> {
                if (c.data.employeeNumber() != null) {
                    byNumber.putIfAbsent(c.data.employeeNumber(), c);
                }
            });
            for (Candidate candidate : candidates) {
                String manager = candidate.managerInFile;
                if (manager == null) {
                    continue;
                }
                if (manager.equals(candidate.data.employeeNumber())) {
                    errors.add(candidate.line.number(), MANAGER, "people.error.managerIsSelf");
                    candidate.managerInFile = null;
                } else if (numbersInFile.contains(manager)) {
                    continue;
                } else if (existing.containsKey(manager) && readable.contains(existing.get(manager).getOrgUnitId())) {
                    candidate.data = withManager(candidate.data, existing.get(manager).getId());
                    candidate.managerInFile = null;
                } else {
                    errors.add(candidate.line.number(), MANAGER, "people.import.error.unknownManager", manager);
                    candidate.managerInFile = null;
                }
            }
            reportLoops(candidates, byNumber, errors);
        }

        private void reportLoops(List<Candidate> candidates, Map<String, Candidate> byNumber, ImportErrors errors) {
            Set<Candidate> cleared = new HashSet<>();
            for (Candidate start : candidates) {
                List<Candidate> path = new ArrayList<>();
                Set<Candidate> onPath = new HashSet<>();
                Candidate current = start;
                while (current != null && !cleared.contains(current) && onPath.add(current)) {
                    path.add(current);
                    current = current.managerInFile == null ? null : byNumber.get(current.managerInFile);
                }
                if (current != null && onPath.contains(current)) {
                    for (Candidate inLoop : path.subList(path.indexOf(current), path.size())) {
                        errors.add(inLoop.line.number(), MANAGER, "people.error.managerCycle");
                        inLoop.managerInFile = null;
                    }
                }
                cleared.addAll(path);
            }
        }
    }

}
