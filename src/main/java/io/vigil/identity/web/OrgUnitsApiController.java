package io.vigil.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.internal.OrgUnit;
import io.vigil.identity.internal.OrgUnitAdministration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The org-unit tree: readable by every signed-in user (pickers), changed with {@code admin:orgunits}. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Org units")
class OrgUnitsApiController {

    record OrgUnitDto(UUID id, UUID parentId, String code, String name, String nameZh, OrgUnitType type, int depth,
            long version) {
    }

    record NewOrgUnit(@NotNull UUID parentId, @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String code,
            @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh, @NotNull OrgUnitType type) {
    }

    record OrgUnitPatch(@NotNull Long version, @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh) {
    }

    private final OrgUnitAdministration units;

    OrgUnitsApiController(OrgUnitAdministration units) {
        this.units = units;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The whole tree, parents before children")
    List<OrgUnitDto> tree() {
        return units.tree().stream().map(OrgUnitsApiController::dto).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('admin:orgunits')")
    @Operation(summary = "Create a unit under a parent")
    ResponseEntity<OrgUnitDto> create(@Valid @RequestBody NewOrgUnit request) {
        OrgUnit unit = units.createChild(request.parentId(), request.code(), request.name(), request.nameZh(),
                request.type());
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.getId())).body(dto(unit));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('admin:orgunits')")
    @Operation(summary = "Rename a unit; 409 when the version is stale")
    OrgUnitDto rename(@PathVariable UUID id, @Valid @RequestBody OrgUnitPatch patch) {
        return dto(units.rename(id, patch.version(), patch.name(), patch.nameZh()));
    }

    static OrgUnitDto dto(OrgUnit unit) {
        return new OrgUnitDto(unit.getId(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getNameZh(),
                unit.getType(), unit.depth(), unit.getVersion());
    }
}
