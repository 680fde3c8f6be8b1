package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractRepository extends JpaRepository<Contract, UUID>, JpaSpecificationExecutor<Contract> {

    boolean existsByNumber(String number);

    List<Contract> findByStatusAndEndDateBetween(Contract.Status status, LocalDate from, LocalDate to);
}
