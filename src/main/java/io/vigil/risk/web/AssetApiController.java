package io.vigil.risk.web;

import io.vigil.shared.spreadsheet.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import io.vigil.risk.internal.AssetData;
import io.vigil.risk.internal.AssetExporter;
import io.vigil.risk.internal.AssetFilter;
import io.vigil.risk.internal.AssetImporter;
import io.vigil.risk.internal.AssetInput;
import io.vigil.risk.internal.AssetService;
import io.vigil.risk.internal.AssetView;
import io.vigil.risk.internal.SupplierLink;
import io.vigil.shared.spreadsheet.ImportReport;
import io.vigil.shared.web.ImportResponses;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.Versions;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets")
class AssetApiController {

    static final Set<String> SORTABLE = Set.of("code", "name", "type", "criticality", "confidentiality", "integrity",
            "availability", "dataClassification", "updatedAt", "createdAt");

    record AssetResponse(UUID id, String code, String name, AssetType type, String description, UUID orgUnitId,
            String orgUnitCode, UUID siteUnitId, String siteCode, UUID ownerUserId, String ownerName,
            UUID custodianUserId, String custodianName, int confidentiality, int integrity, int availability,
            DataClassification dataClassification, PersonalInformation personalInformation, int criticality,
            List<String> hostnames, List<String> ipAddresses, List<String> urls, List<AssetView.AssetRef> dependsOn,
            List<SupplierLink> suppliers, Instant createdAt, Instant updatedAt, long version) {

        static AssetResponse of(AssetView a) {
            return new AssetResponse(a.id(), a.code(), a.name(), a.type(), a.description(), a.orgUnit().id(),
                    a.orgUnit().code(), a.site() == null ? null : a.site().id(), a.site() == null ? null : a.site().code(),
                    a.owner() == null ? null : a.owner().id(), a.owner() == null ? null : a.owner().displayName(),
                    a.custodian() == null ? null : a.custodian().id(),
                    a.custodian() == null ? null : a.custodian().displayName(), a.confidentiality(), a.integrity(),
                    a.availability(), a.dataClassification(), a.personalInformation(), a.criticality(), a.hostnames(),
                    a.ipAddresses(), a.urls(), a.dependsOn(), a.suppliers(), a.createdAt(), a.updatedAt(), a.version());
        }
    }



    private final AssetService assets;
    private final AssetImporter importer;
    private final AssetExporter exporter;
    private final MessageSource messages;

    AssetApiController(AssetService assets, AssetImporter importer, AssetExporter exporter, MessageSource messages) {
        this.assets = assets;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "Assets in the caller's units, filtered, sorted and paged")
    PageResponse<AssetResponse> list(@RequestParam(required = false) UUID orgUnit,
            @RequestParam(required = false) AssetType type, @RequestParam(required = false) Integer minCriticality,
            @RequestParam(required = false) DataClassification dataClassification,
            @RequestParam(required = false) UUID owner, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort), Sort.by("code"),
                SORTABLE);
        return PageResponse.of(assets.list(new AssetFilter(orgUnit, type, minCriticality, dataClassification, owner, q),
                pageable), AssetResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "One asset; the ETag is its version")
    ResponseEntity<AssetResponse> get(@PathVariable UUID id) {
        AssetView asset = assets.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(asset.version())).body(AssetResponse.of(asset));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Add an asset to a unit the caller may write to")
    ResponseEntity<AssetResponse> create(@RequestBody Map<String, Object> body) {
        AssetView created = assets.create(AssetInput.merge(AssetData.empty(), body).data());
        return ResponseEntity.created(URI.create("/api/v1/assets/" + created.id()))
                .eTag(String.valueOf(created.version())).body(AssetResponse.of(created));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Change some fields; send If-Match with the ETag or a version field (stale → 409)")
    ResponseEntity<AssetResponse> update(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) {
        AssetInput.Parsed patch = AssetInput.merge(assets.get(id).toData(), body);
        AssetView updated = assets.update(id, Versions.expected(ifMatch, patch.version()), patch.data());
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(AssetResponse.of(updated));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Import new assets from CSV or XLSX; dryRun=true only checks. Any bad row imports nothing (422)")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ImportReport report = importer.importFile(file.getOriginalFilename(), file.getBytes(), dryRun);
        return ImportResponses.answer(report, dryRun, text("problem.422.title"),
                text("risk.import.rejected", report.errors().size()));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "The filtered assets as CSV or XLSX, in the import layout")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) UUID orgUnit, @RequestParam(required = false) AssetType type,
            @RequestParam(required = false) Integer minCriticality,
            @RequestParam(required = false) DataClassification dataClassification,
            @RequestParam(required = false) UUID owner, @RequestParam(required = false) String q) throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalidParameter.detail",
                    "format");
        }
        return download(exporter.export(new AssetFilter(orgUnit, type, minCriticality, dataClassification, owner, q),
                parsed));
    }

    static ResponseEntity<byte[]> download(AssetExporter.Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssetExporter.write(export, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .contentType(MediaType.parseMediaType(export.format().contentType())).body(out.toByteArray());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
