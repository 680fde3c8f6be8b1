package io.vigil.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findAllByOrderByPathAsc();

    @Query("select u.id from OrgUnit u where u.path like concat(:path, '%')")
    List<UUID> findSubtreeIds(String path);

    List<OrgUnit> findByIdIn(Collection<UUID> ids);
}
