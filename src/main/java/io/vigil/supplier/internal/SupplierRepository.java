package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Every read that reaches a person takes the caller's visible units. */
interface SupplierRepository extends JpaRepository<Supplier, UUID>, JpaSpecificationExecutor<Supplier> {

    @Query("select s from Supplier s where s.id = :id and s.orgUnitId in :units")
    Optional<Supplier> findVisible(UUID id, Collection<UUID> units);

    Optional<Supplier> findFirstByOrgUnitIdAndStatusOrderByNameAsc(UUID orgUnitId, io.vigil.supplier.SupplierStatus status);

    boolean existsByCreditCode(String creditCode);

    boolean existsByCreditCodeAndIdNot(String creditCode, UUID id);

    boolean existsByRegistrationNumber(String registrationNumber);

    boolean existsByRegistrationNumberAndIdNot(String registrationNumber, UUID id);

    /** All identifiers at once: the importer's single lookup for duplicates. */
    @Query("select s.creditCode from Supplier s where s.creditCode is not null")
    List<String> findAllCreditCodes();

    @Query("select s.registrationNumber from Supplier s where s.registrationNumber is not null")
    List<String> findAllRegistrationNumbers();

    @Query("select s.region as key, count(s) as count from Supplier s "
            + "where s.registeredOn <= :asOf and s.orgUnitId in :units group by s.region")
    List<KeyCount> countByRegion(LocalDate asOf, Collection<UUID> units);

    @Query("select s.status as key, count(s) as count from Supplier s "
            + "where s.registeredOn <= :asOf and s.orgUnitId in :units group by s.status")
    List<KeyCount> countByStatus(LocalDate asOf, Collection<UUID> units);

    @Query("select c as key, count(s) as count from Supplier s join s.categories c "
            + "where s.registeredOn <= :asOf and s.orgUnitId in :units group by c")
    List<KeyCount> countByCategory(LocalDate asOf, Collection<UUID> units);

    interface KeyCount {
        Object getKey();

        long getCount();
    }
}
