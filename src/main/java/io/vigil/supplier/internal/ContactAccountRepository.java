package io.vigil.supplier.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAccountRepository extends JpaRepository<ContactAccount, UUID> {

    List<ContactAccount> findBySupplierId(UUID supplierId);
}
