package io.vigil.supplier.internal.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireTemplateRepository extends JpaRepository<QuestionnaireTemplate, UUID> {

    List<QuestionnaireTemplate> findByCodeOrderByTemplateVersionDesc(String code);

    Page<QuestionnaireTemplate> findAllByOrderByCodeAscTemplateVersionDesc(Pageable pageable);

    Optional<QuestionnaireTemplate> findFirstByCodeAndStatusOrderByTemplateVersionDesc(String code,
            QuestionnaireTemplate.Status status);

    @Query("select max(t.templateVersion) from QuestionnaireTemplate t where t.code = :code")
    Integer maxVersion(String code);

    @Query("select max(t.shippedVersion) from QuestionnaireTemplate t where t.code = :code")
    Integer maxShippedVersion(String code);

    List<QuestionnaireTemplate> findByIdIn(java.util.Collection<UUID> ids);
}
