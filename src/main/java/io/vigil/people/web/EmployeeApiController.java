package io.vigil.people.web;

import io.vigil.shared.spreadsheet.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeExporter;
import io.vigil.people.internal.EmployeeFilter;
import io.vigil.people.internal.EmployeeImporter;
import io.vigil.people.internal.EmployeeService;
import io.vigil.people.internal.EmployeeView;
import io.vigil.people.internal.FieldProblem;
import io.vigil.people.internal.InvalidEmployeeException;
import io.vigil.shared.spreadsheet.ImportReport;
import io.vigil.shared.web.ApiProblems;
import io.vigil.shared.web.ImportResponses;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.Versions;
import io.vigil.shared.web.VigilException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = "People")
class EmployeeApiController {

    static final Set<String> SORTABLE = Set.of("employeeNumber", "name", "nameEn", "email", "position", "hireDate",
            "leaveDate", "status", "createdAt", "updatedAt");
    static final Sort DEFAULT_SORT = Sort.by("employeeNumber");

    record EmployeeResponse(UUID id, String employeeNumber, String name, String nameEn, String email, String phone,
            UUID orgUnitId, String orgUnitCode, String orgUnitName, String position, UUID managerId,
            String managerEmployeeNumber, String managerName, LocalDate hireDate, LocalDate leaveDate,
            EmployeeStatus status, UUID userId, Instant createdAt, Instant updatedAt, long version) {

        static EmployeeResponse of(EmployeeView e) {
            return new EmployeeResponse(e.id(), e.employeeNumber(), e.name(), e.nameEn(), e.email(), e.phone(),
                    e.orgUnitId(), e.orgUnit().code(), e.orgUnit().displayName(LocaleContextHolder.getLocale()),
                    e.position(), e.managerId(), e.manager() == null ? null : e.manager().employeeNumber(),
                    e.manager() == null ? null : e.manager().name(), e.hireDate(), e.leaveDate(), e.status(),
                    e.userId(), e.createdAt(), e.updatedAt(), e.version());
        }
    }



    private final EmployeeService employees;
    private final EmployeeImporter importer;
    private final EmployeeExporter exporter;
    private final MessageSource messages;

    EmployeeApiController(EmployeeService employees, EmployeeImporter importer, EmployeeExporter exporter,
            MessageSource messages) {
        this.employees = employees;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "Employees in the caller's units, filtered, sorted and paged")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "property,asc|desc (repeatable)")
    PageResponse<EmployeeResponse> list(@RequestParam(required = false) UUID orgUnit,
            @RequestParam(required = false) EmployeeStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID manager, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        // read raw: a bound List<String> would split "name,desc" into two values
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort), DEFAULT_SORT,
                SORTABLE);
        return PageResponse.of(employees.list(new EmployeeFilter(orgUnit, status, q, manager), pageable),
                EmployeeResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "One employee; the ETag is its version")
    ResponseEntity<EmployeeResponse> get(@PathVariable UUID id) {
        EmployeeView employee = employees.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(employee.version())).body(EmployeeResponse.of(employee));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('people:write')")
    @Operation(summary = "Add an employee to a unit the caller may write to")
    ResponseEntity<EmployeeResponse> create(@RequestBody Map<String, Object> body) {
        EmployeeView created = employees.create(EmployeeJson.merge(EmployeeJson.empty(), body).data());
        return ResponseEntity.created(URI.create("/api/v1/employees/" + created.id()))
                .eTag(String.valueOf(created.version())).body(EmployeeResponse.of(created));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('people:write')")
    @Operation(summary = "Change some fields; send If-Match with the ETag or a version field")
    ResponseEntity<EmployeeResponse> update(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) {
        EmployeeView current = employees.get(id);
        EmployeeJson.Parsed patch = EmployeeJson.merge(current.toData(), body);
        long expected = Versions.expected(ifMatch, patch.version());
        EmployeeView updated = employees.update(id, expected, patch.data());
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(EmployeeResponse.of(updated));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('people:write')")
    @Operation(summary = "Import new employees from CSV or XLSX; dryRun=true only checks. A file with any bad row imports nothing (422)")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ImportReport report = importer.importFile(file.getOriginalFilename(), file.getBytes(), dryRun);
        return ImportResponses.answer(report, dryRun, text("problem.422.title"),
                text("people.import.rejected", report.errors().size()));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "The filtered employees as CSV or XLSX, in the import layout")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) UUID orgUnit, @RequestParam(required = false) EmployeeStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID manager)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalidParameter.detail",
                    "format");
        }
        return download(exporter.export(new EmployeeFilter(orgUnit, status, q, manager), parsed));
    }

    static ResponseEntity<byte[]> download(EmployeeExporter.Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmployeeExporter.write(export, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .contentType(MediaType.parseMediaType(export.format().contentType()))
                .body(out.toByteArray());
    }

    @ExceptionHandler(InvalidEmployeeException.class)
    ProblemDetail invalid(InvalidEmployeeException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "validation",
                text("problem.validation.title"), text("problem.validation.detail"));
        problem.setProperty("errors", e.problems().stream().map(this::fieldError).toList());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        // a concurrent write took the employee number (or similar) between our check and the insert
        return ApiProblems.problem(HttpStatus.CONFLICT, "conflict", text("problem.409.title"),
                text("people.error.concurrentConflict"));
    }

    private Map<String, String> fieldError(FieldProblem problem) {
        return Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

}
