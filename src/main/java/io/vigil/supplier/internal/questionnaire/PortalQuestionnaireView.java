package io.vigil.supplier.internal.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A questionnaire as the supplier contact sees it: questions without weights, points or red-line rules,
 * their own answers, and the reviewer's note when it was returned for clarification. No score.
 */
public record PortalQuestionnaireView(UUID id, String titleEn, String titleZh, QuestionnaireState state,
        LocalDate dueDate, boolean overdue, boolean editable, String reviewNote, Instant submittedAt, long version,
        Map<String, List<String>> answers, QuestionnaireDefinition definition) {

    public String title(Locale locale) {
        return new QuestionnaireDefinition.Text(titleEn, titleZh).in(locale);
    }

    public List<String> answer(String key) {
        return answers == null ? List.of() : answers.getOrDefault(key, List.of());
    }

    public String first(String key) {
        List<String> values = answer(key);
        return values.isEmpty() ? null : values.get(0);
    }
}
