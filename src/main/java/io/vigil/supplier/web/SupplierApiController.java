package io.vigil.supplier.web;

import io.vigil.shared.spreadsheet.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.spreadsheet.ImportReport;
import io.vigil.shared.web.ImportResponses;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.Versions;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.CategoryView;
import io.vigil.supplier.internal.Contact;
import io.vigil.supplier.internal.StatusRequestView;
import io.vigil.supplier.internal.SupplierExporter;
import io.vigil.supplier.internal.SupplierFilter;
import io.vigil.supplier.internal.SupplierImporter;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierStatusService;
import io.vigil.supplier.internal.SupplierView;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Suppliers")
class SupplierApiController {

    static final Set<String> SORTABLE = Set.of("name", "nameEn", "country", "region", "status", "criticality",
            "registeredOn", "createdAt", "updatedAt");
    static final Sort DEFAULT_SORT = Sort.by("name");

    record SupplierResponse(UUID id, String name, String nameEn, String creditCode, String registrationNumber,
            String country, RegionGroup region, String website, String address, Set<String> categories,
            List<Contact> contacts, CriticalityTier criticality, String criticalityReason, UUID ownerId,
            String ownerName, UUID orgUnitId, String orgUnitName, SupplierStatus status, String statusReason,
            Instant statusChangedAt, LocalDate registeredOn, Instant createdAt, Instant updatedAt, long version) {

        static SupplierResponse of(SupplierView s) {
            return new SupplierResponse(s.id(), s.name(), s.nameEn(), s.creditCode(), s.registrationNumber(),
                    s.country(), s.region(), s.website(), s.address(), s.categories(), s.contacts(), s.criticality(),
                    s.criticalityReason(), s.ownerId(), s.ownerName(), s.orgUnitId(), s.orgUnitName(), s.status(),
                    s.statusReason(), s.statusChangedAt(), s.registeredOn(), s.createdAt(), s.updatedAt(),
                    s.version());
        }
    }



    record StatusChange(SupplierStatus status, String reason, String reasonCode, Long version) {
    }

    record StatusChangeResponse(SupplierResponse supplier, StatusRequestView approvalRequest) {
    }

    record Rejection(String reason) {
    }

    private final SupplierService suppliers;
    private final SupplierStatusService statuses;
    private final SupplierImporter importer;
    private final SupplierExporter exporter;
    private final MessageSource messages;
    private final java.time.Clock clock;

    SupplierApiController(SupplierService suppliers, SupplierStatusService statuses, SupplierImporter importer,
            SupplierExporter exporter, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.suppliers = suppliers;
        this.statuses = statuses;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Suppliers in the caller's units, filtered (region, status, category, country, q), sorted and paged")
    PageResponse<SupplierResponse> list(@RequestParam(required = false) RegionGroup region,
            @RequestParam(required = false) SupplierStatus status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String country, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort), DEFAULT_SORT,
                SORTABLE);
        return PageResponse.of(suppliers.list(new SupplierFilter(region, status, category, country, q), pageable),
                SupplierResponse::of);
    }

    @GetMapping("/stats")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Suppliers recorded on or before asOf (default today), by region group, status and category")
    SupplierService.Stats stats(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return suppliers.stats(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/categories")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The configured supplier categories")
    List<CategoryView> categories() {
        return suppliers.categories();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One supplier; the ETag is its version")
    ResponseEntity<SupplierResponse> get(@PathVariable UUID id) {
        SupplierView supplier = suppliers.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(supplier.version())).body(SupplierResponse.of(supplier));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Register a supplier (status PROSPECT) in a unit the caller may write to")
    ResponseEntity<SupplierResponse> create(@RequestBody Map<String, Object> body) {
        SupplierView created = suppliers.create(SupplierJson.merge(io.vigil.supplier.internal.SupplierData.empty(),
                body).data());
        return ResponseEntity.created(URI.create("/api/v1/suppliers/" + created.id()))
                .eTag(String.valueOf(created.version())).body(SupplierResponse.of(created));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Change some fields; send If-Match with the ETag or a version field (stale → 409)")
    ResponseEntity<SupplierResponse> update(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) {
        SupplierView current = suppliers.get(id);
        SupplierJson.Parsed patch = SupplierJson.merge(current.toData(), body);
        long expected = Versions.expected(ifMatch, patch.version());
        SupplierView updated = suppliers.update(id, expected, patch.data());
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(SupplierResponse.of(updated));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Change the classification by the transition table; blacklisting and lifting a blacklist "
            + "create an approval request (202) that takes effect when approved; an illegal transition is 409")
    ResponseEntity<StatusChangeResponse> changeStatus(@PathVariable UUID id, @RequestBody StatusChange change) {
        SupplierStatusService.Outcome outcome = statuses.request(id, change.status(), change.reason(),
                change.reasonCode(), change.version());
        StatusChangeResponse response = new StatusChangeResponse(SupplierResponse.of(outcome.supplier()),
                outcome.pending());
        return outcome.pending() == null ? ResponseEntity.ok(response)
                : ResponseEntity.accepted().body(response);
    }

    @GetMapping("/{id}/status-requests")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's classification change requests, newest first")
    List<StatusRequestView> statusRequests(@PathVariable UUID id) {
        return statuses.requests(id);
    }

    @PostMapping("/{id}/status-requests/{requestId}/approve")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:read')")
    @Operation(summary = "Approve a pending change (not the requester; supplier:approve, or ADMIN/CISO to lift a blacklist)")
    StatusRequestView approve(@PathVariable UUID id, @PathVariable UUID requestId) {
        return statuses.approve(id, requestId);
    }

    @PostMapping("/{id}/status-requests/{requestId}/reject")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write') or hasAuthority('supplier:read')")
    @Operation(summary = "Reject (or, for the requester, withdraw) a pending change")
    StatusRequestView reject(@PathVariable UUID id, @PathVariable UUID requestId,
            @RequestBody(required = false) Rejection rejection) {
        return statuses.reject(id, requestId, rejection == null ? null : rejection.reason());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Import new suppliers from CSV or XLSX; dryRun=true only checks. A file with any bad row imports nothing (422)")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) UUID orgUnit) throws IOException {
        ImportReport report = importer.importFile(file.getOriginalFilename(), file.getBytes(), dryRun, orgUnit);
        return ImportResponses.answer(report, dryRun, text("problem.422.title"),
                text("supplier.import.rejected", report.errors().size()));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The filtered suppliers as CSV or XLSX, in the import layout")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) RegionGroup region, @RequestParam(required = false) SupplierStatus status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String country,
            @RequestParam(required = false) String q) throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalidParameter.detail",
                    "format");
        }
        return download(exporter.export(new SupplierFilter(region, status, category, country, q), parsed));
    }

    static ResponseEntity<byte[]> download(SupplierExporter.Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupplierExporter.write(export, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .contentType(MediaType.parseMediaType(export.format().contentType()))
                .body(out.toByteArray());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

}
