package io.vigil.supplier.internal.questionnaire;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A template version as lists, screens and the API read it ({@code definition} only on the detail). */
public record QuestionnaireTemplateView(UUID id, String code, int version, String titleEn, String titleZh,
        String status, int questionCount, Instant createdAt, String createdBy, Instant publishedAt,
        QuestionnaireDefinition definition) {

    static QuestionnaireTemplateView of(QuestionnaireTemplate t, QuestionnaireDefinition definition) {
        return new QuestionnaireTemplateView(t.getId(), t.getCode(), t.getTemplateVersion(), t.getTitleEn(),
                t.getTitleZh(), t.getStatus().name(), t.getQuestionCount(), t.getCreatedAt(), t.getCreatedBy(),
                t.getPublishedAt(), definition);
    }

    public String title(Locale locale) {
        return new QuestionnaireDefinition.Text(titleEn, titleZh).in(locale);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
