package io.vigil.supplier.web;

import io.vigil.shared.spreadsheet.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.ContractExporter;
import io.vigil.supplier.internal.ContractFilter;
import io.vigil.supplier.internal.ContractService;
import io.vigil.supplier.internal.ContractView;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierExporter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supplier contracts")
class ContractApiController {

    record StatusChange(String status, String reason, Long version) {
    }

    static final Set<String> SORTABLE = Set.of("number", "title", "value", "startDate", "endDate", "status", "createdAt");

    private final ContractService contracts;
    private final ContractExporter exporter;

    ContractApiController(ContractService contracts, ContractExporter exporter) {
        this.contracts = contracts;
        this.exporter = exporter;
    }

    @PostMapping("/api/v1/contracts")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Record a contract; a barred supplier (UNQUALIFIED, SUSPENDED, BLACKLISTED) is 409")
    ResponseEntity<ContractView> create(@RequestBody ContractService.NewContract body) {
        ContractView created = contracts.create(body);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/contracts")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Contracts of the caller's units, filtered by supplierId, status, expiringWithinDays, q")
    PageResponse<ContractView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer expiringWithinDays,
            @RequestParam(required = false) String q, HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort),
                Sort.by("endDate", "number"), SORTABLE);
        return PageResponse.of(contracts.list(filter(supplierId, status, expiringWithinDays, q), pageable),
                Function.identity());
    }

    @GetMapping("/api/v1/contracts/export")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Export the filtered contracts as CSV or XLSX")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) UUID supplierId, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer expiringWithinDays, @RequestParam(required = false) String q)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidSupplierException(List.of(new FieldProblem("format", "contract.error.format")));
        }
        return download(exporter.export(filter(supplierId, status, expiringWithinDays, q), parsed));
    }

    @GetMapping("/api/v1/contracts/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One contract")
    ContractView get(@PathVariable UUID id) {
        return contracts.get(id);
    }

    @PostMapping("/api/v1/contracts/{id}/status")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Move a contract DRAFT → ACTIVE → EXPIRED/TERMINATED (termination needs a reason); illegal moves are 409")
    ContractView status(@PathVariable UUID id, @RequestBody StatusChange body) {
        return contracts.changeStatus(id, body.status(), body.reason(), body.version());
    }

    static ContractFilter filter(UUID supplierId, String status, Integer expiringWithinDays, String q) {
        if (expiringWithinDays != null && expiringWithinDays < 0) {
            throw new InvalidSupplierException(List.of(new FieldProblem("expiringWithinDays", "contract.error.days")));
        }
        return new ContractFilter(supplierId, status == null || status.isBlank() ? null : status, expiringWithinDays,
                q == null || q.isBlank() ? null : q);
    }

    static ResponseEntity<byte[]> download(SupplierExporter.Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractExporter.write(export, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .contentType(MediaType.parseMediaType(export.format().contentType()))
                .body(out.toByteArray());
    }
}
