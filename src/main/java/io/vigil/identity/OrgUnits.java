package io.vigil.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read facade over the org-unit tree for other modules. */
public interface OrgUnits {

    /** Every unit, parents before children (tree order). */
    List<OrgUnitView> all();

    Optional<OrgUnitView> find(UUID id);

    Optional<OrgUnitView> findByCode(String code);

    /** Units the current user may see for a permission, in tree order: what pickers and filters offer. */
    List<OrgUnitView> visibleTo(Permission permission);
}
