package io.vigil.compliance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, UUID> {

    Page<Certificate> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);

    @Query("select c from Certificate c where (c.expiresOn between :from and :to) "
            + "or (c.nextSurveillanceOn between :from and :to)")
    List<Certificate> dueBetween(LocalDate from, LocalDate to);
}
