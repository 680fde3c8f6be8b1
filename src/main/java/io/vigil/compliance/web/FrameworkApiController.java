package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.internal.Framework;
import io.vigil.compliance.internal.FrameworkService;
import io.vigil.compliance.internal.OscalExporter;
import io.vigil.compliance.internal.OscalParser;
import io.vigil.compliance.internal.RequirementRow;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.VigilException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Compliance")
class FrameworkApiController {

    record FrameworkResponse(UUID id, String code, String title, String version, int requirementCount,
            String source, long revision) {

        static FrameworkResponse of(Framework f) {
            return new FrameworkResponse(f.id(), f.code(), f.displayTitle(LocaleContextHolder.getLocale()),
                    f.frameworkVersion(), f.requirementCount(), f.source().name(), f.version());
        }
    }

    record RequirementResponse(UUID id, UUID parentId, String ref, String title, boolean assessable,
            boolean withdrawn, int depth) {
    }

    record ImportResponse(UUID id, String code, String title, int groups, int controls, int withdrawn) {
    }

    private final FrameworkService frameworks;
    private final java.time.Clock clock;

    FrameworkApiController(FrameworkService frameworks, java.time.Clock clock) {
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "List frameworks (shipped packs and OSCAL imports)")
    PageResponse<FrameworkResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("code"));
        return PageResponse.of(frameworks.list(pageable), FrameworkResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    FrameworkResponse get(@PathVariable UUID id) {
        return FrameworkResponse.of(frameworks.get(id));
    }

    @GetMapping("/{id}/requirements")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "The framework's requirement tree, in order (parents before children)")
    List<RequirementResponse> requirements(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        return frameworks.requirements(id).stream().map(r -> new RequirementResponse(r.id(), r.parentId(), r.ref(),
                r.displayTitle(locale), r.assessable(), r.withdrawn(), r.depth())).toList();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Import an OSCAL catalog or profile (JSON)")
    ResponseEntity<ImportResponse> importOscal(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) UUID catalogId) throws IOException {
        if (file.isEmpty()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "oscal-invalid", "compliance.oscal.empty");
        }
        var document = parse(file);
        String name = file.getOriginalFilename() == null ? "upload.json" : file.getOriginalFilename();
        var r = frameworks.importOscal(document, name, catalogId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportResponse(r.id(), r.code(), r.title(), r.groups(), r.controls(), r.withdrawn()));
    }

    private static io.vigil.compliance.internal.OscalDocument parse(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return OscalParser.parse(in);
        } catch (OscalParser.InvalidOscalException e) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "oscal-invalid", "compliance.oscal.invalid",
                    e.getMessage());
        }
    }

    @GetMapping(path = "/{id}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "Export the framework as an OSCAL catalog (JSON)")
    ResponseEntity<Map<String, Object>> exportOscal(@PathVariable UUID id) {
        Framework f = frameworks.get(id);
        List<RequirementRow> rows = frameworks.requirements(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.code().toLowerCase() + "-oscal.json").build().toString())
                .body(OscalExporter.catalog(f, rows, clock.instant()));
    }
}
