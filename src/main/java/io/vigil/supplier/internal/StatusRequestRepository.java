package io.vigil.supplier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusRequestRepository extends JpaRepository<StatusRequest, UUID> {

    Optional<StatusRequest> findBySupplierIdAndState(UUID supplierId, StatusRequest.State state);

    List<StatusRequest> findBySupplierIdOrderByRequestedAtDesc(UUID supplierId);
}
