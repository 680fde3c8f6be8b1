package io.vigil.supplier.internal.questionnaire;

import io.vigil.supplier.internal.questionnaire.QuestionnaireDefinition.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A sent questionnaire as staff read it. On the detail ({@code items} not null) each question comes with
 * the answer and its part in the score ("why this score"), and red-line failures are named.
 */
public record QuestionnaireView(UUID id, UUID templateId, String templateCode, int templateVersion, String titleEn,
        String titleZh, UUID supplierId, String supplierName, QuestionnaireState state, LocalDate dueDate,
        boolean overdue, Integer score, boolean redLineFailed, List<String> failedRedLines, Instant sentAt,
        String sentBy, Instant submittedAt, Instant decidedAt, String decidedBy, String reviewNote,
        List<QuestionnaireState> allowed, long version, Map<String, List<String>> answers, List<Item> items) {

    /** One question on the review page. */
    public record Item(String sectionKey, QuestionnaireDefinition.Text sectionTitle, Question question,
            List<String> answer, QuestionnaireScoring.Line line) {

        /** The answer as a person reads it: option labels, the number, the text or the file name. */
        public String display(Locale locale) {
            if (answer == null || answer.isEmpty()) {
                return null;
            }
            return switch (question.type()) {
                case YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("; ", answer.stream().map(v -> {
                    QuestionnaireDefinition.Option o = question.option(v);
                    return o == null ? v : o.label().in(locale);
                }).toList());
                case FILE -> answer.size() > 1 ? answer.get(1) : answer.get(0);
                default -> answer.get(0);
            };
        }

        public String fileId() {
            return question.type() == QuestionnaireDefinition.Type.FILE && answer != null && !answer.isEmpty()
                    ? answer.get(0) : null;
        }
    }

    /** For a scored TIERING questionnaire, the tier its score proposes (see {@link TieringProposal}). */
    public io.vigil.supplier.CriticalityTier proposedTier() {
        return TieringProposal.propose(templateCode, score);
    }

    public String title(Locale locale) {
        return new QuestionnaireDefinition.Text(titleEn, titleZh).in(locale);
    }
}
