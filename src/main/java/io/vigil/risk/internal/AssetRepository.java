package io.vigil.risk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reads that reach a person's screen take the caller's visible units; the facade's reads are unscoped. */
interface AssetRepository extends JpaRepository<Asset, UUID>, JpaSpecificationExecutor<Asset> {

    @Query("select a from Asset a where a.id = :id and a.orgUnitId in :units")
    Optional<Asset> findVisible(UUID id, Collection<UUID> units);

    @Query("select a from Asset a where a.id in :ids and a.orgUnitId in :units")
    List<Asset> findVisible(Collection<UUID> ids, Collection<UUID> units);

    @Query("select a from Asset a join a.dependsOn d where d = :id and a.orgUnitId in :units order by a.code")
    List<Asset> findDependents(UUID id, Collection<UUID> units);

    @Query("select distinct a from Asset a join a.suppliers s where s.id = :supplierId order by a.code")
    List<Asset> findSuppliedBy(UUID supplierId);

    @Query("select distinct a from Asset a join a.identifiers i where i.kind = :kind and i.value = :value")
    List<Asset> findByIdentifier(AssetIdentifier.Kind kind, String value);

    /** With identifiers in the same query: scanner matching reads them for every asset of the unit. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "identifiers")
    List<Asset> findByOrgUnitIdOrderByCode(UUID orgUnitId);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, UUID id);

    Optional<Asset> findByCode(String code);

    @Query("select a.id as id, a.code as code, a.orgUnitId as orgUnitId from Asset a")
    List<CodedAsset> findAllCodes();

    interface CodedAsset {
        UUID getId();

        String getCode();

        UUID getOrgUnitId();
    }
}
