package io.vigil.supplier.internal.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a questionnaire template. A DRAFT may be replaced; once PUBLISHED its definition never
 * changes (questionnaires sent with it keep pointing at it), and an edit becomes a new draft version.
 */
@Entity
@Table(name = "supplier_questionnaire_template")
class QuestionnaireTemplate {

    enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String code;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String definition;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "shipped_version")
    private Integer shippedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private Long version;

    protected QuestionnaireTemplate() {
    }

    QuestionnaireTemplate(String code, int templateVersion, QuestionnaireDefinition parsed, String definitionJson,
            Integer shippedVersion, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.templateVersion = templateVersion;
        this.status = Status.DRAFT;
        this.shippedVersion = shippedVersion;
        this.createdBy = createdBy;
        this.createdAt = now;
        replace(parsed, definitionJson);
    }

    /** Only a draft's content may change; the caller checks (and answers 409) first. */
    void replace(QuestionnaireDefinition parsed, String definitionJson) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("published template versions are immutable");
        }
        this.titleEn = parsed.title().en();
        this.titleZh = parsed.title().zh();
        this.definition = definitionJson;
        this.questionCount = (int) parsed.questions().count();
    }

    void publish(Instant now) {
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    UUID getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    int getTemplateVersion() {
        return templateVersion;
    }

    String getTitleEn() {
        return titleEn;
    }

    String getTitleZh() {
        return titleZh;
    }

    Status getStatus() {
        return status;
    }

    String getDefinition() {
        return definition;
    }

    int getQuestionCount() {
        return questionCount;
    }

    Integer getShippedVersion() {
        return shippedVersion;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}
