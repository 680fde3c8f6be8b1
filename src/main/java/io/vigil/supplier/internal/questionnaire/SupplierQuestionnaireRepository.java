package io.vigil.supplier.internal.questionnaire;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierQuestionnaireRepository extends JpaRepository<SupplierQuestionnaire, UUID> {

    Page<SupplierQuestionnaire> findBySupplierIdOrderBySentAtDesc(UUID supplierId, Pageable pageable);

    List<SupplierQuestionnaire> findBySupplierIdOrderBySentAtDesc(UUID supplierId);

    List<SupplierQuestionnaire> findBySupplierIdAndStateOrderByDecidedAtDesc(UUID supplierId,
            QuestionnaireState state);
}
