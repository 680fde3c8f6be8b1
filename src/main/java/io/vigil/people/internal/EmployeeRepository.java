package io.vigil.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Every read that reaches a person's screen takes the caller's visible units. */
interface EmployeeRepository extends JpaRepository<Employee, UUID>, JpaSpecificationExecutor<Employee> {

    @Query("select e from Employee e where e.id = :id and e.orgUnitId in :units")
    Optional<Employee> findVisible(UUID id, Collection<UUID> units);

    Page<Employee> findByManagerIdAndOrgUnitIdIn(UUID managerId, Collection<UUID> units, Pageable pageable);

    @Query("select e.id as id, e.employeeNumber as employeeNumber, e.name as name from Employee e "
            + "where e.id in :ids and e.orgUnitId in :units")
    List<EmployeeRef> findRefs(Collection<UUID> ids, Collection<UUID> units);

    /** Every employee number with its id and unit: the importer's one lookup for duplicates and managers. */
    @Query("select e.id as id, e.employeeNumber as employeeNumber, e.orgUnitId as orgUnitId from Employee e")
    List<NumberedEmployee> findAllNumbers();

    Optional<Employee> findByEmployeeNumberAndOrgUnitIdIn(String employeeNumber, Collection<UUID> units);

    boolean existsByEmployeeNumber(String employeeNumber);

    long countByOrgUnitIdIn(Collection<UUID> units);

    boolean existsByEmployeeNumberAndIdNot(String employeeNumber, UUID id);

    /** Active employee linked to the account → their active manager → the manager's account; one query. */
    @Query("select m.userId from Employee e, Employee m where e.userId = :userId and m.id = e.managerId "
            + "and e.status = io.vigil.people.EmployeeStatus.ACTIVE and m.status = io.vigil.people.EmployeeStatus.ACTIVE "
            + "and m.userId is not null")
    List<UUID> findManagerAccountOf(UUID userId);

    @Query("select e.managerId from Employee e where e.id = :id")
    Optional<UUID> findManagerId(UUID id);

    interface EmployeeRef {
        UUID getId();

        String getEmployeeNumber();

        String getName();
    }

    interface NumberedEmployee {
        UUID getId();

        String getEmployeeNumber();

        UUID getOrgUnitId();
    }
}
