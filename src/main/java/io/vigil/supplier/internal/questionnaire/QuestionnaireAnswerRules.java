package io.vigil.supplier.internal.questionnaire;

import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.questionnaire.QuestionnaireDefinition.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks answers against their questions. A draft may leave questions open; a submission must answer
 * every required one. Each problem names the question ({@code answers.<key>}) and quotes its text.
 */
final class QuestionnaireAnswerRules {

    static final int MAX_TEXT = 4000;

    private QuestionnaireAnswerRules() {
    }

    /** Drops blank values and unanswered questions, so that stored answers hold only real answers. */
    static Map<String, List<String>> normalize(Map<String, List<String>> raw) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (raw == null) {
            return clean;
        }
        raw.forEach((key, values) -> {
            if (values == null) {
                return;
            }
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!kept.isEmpty()) {
                clean.put(key, kept);
            }
        });
        return clean;
    }

    static List<FieldProblem> check(QuestionnaireDefinition definition, Map<String, List<String>> answers,
            boolean submitting) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : answers.keySet()) {
            if (definition.question(key) == null) {
                problems.add(new FieldProblem("answers." + key, "questionnaire.answer.error.unknown", key));
            }
        }
        definition.questions().forEach(q -> {
            List<String> values = answers.get(q.key());
            if (values == null) {
                if (submitting && q.mandatory()) {
                    problems.add(problem(q, "questionnaire.answer.error.required"));
                }
                return;
            }
            String error = invalid(q, values);
            if (error != null) {
                problems.add(problem(q, error));
            }
        });
        return problems;
    }

    private static FieldProblem problem(Question q, String key) {
        return new FieldProblem("answers." + q.key(), key, q.key(), q.text() == null ? q.key() : q.text().en());
    }

    private static String invalid(Question q, List<String> values) {
        switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> {
                return values.size() == 1 && q.option(values.get(0)) != null ? null
                        : "questionnaire.answer.error.option";
            }
            case MULTIPLE_CHOICE -> {
                return values.stream().allMatch(v -> q.option(v) != null)
                        && new HashSet<>(values).size() == values.size() ? null : "questionnaire.answer.error.option";
            }
            case NUMBER -> {
                if (values.size() != 1) {
                    return "questionnaire.answer.error.number";
                }
                try {
                    BigDecimal n = new BigDecimal(values.get(0));
                    if ((q.min() != null && n.compareTo(q.min()) < 0) || (q.max() != null && n.compareTo(q.max()) > 0)) {
                        return "questionnaire.answer.error.range";
                    }
                    return null;
                } catch (NumberFormatException e) {
                    return "questionnaire.answer.error.number";
                }
            }
            case TEXT -> {
                return values.size() == 1 && values.get(0).length() <= MAX_TEXT ? null
                        : "questionnaire.answer.error.text";
            }
            case FILE -> {
                // [file id, file name] as stored after an upload
                try {
                    UUID.fromString(values.get(0));
                    return values.size() <= 2 ? null : "questionnaire.answer.error.file";
                } catch (IllegalArgumentException e) {
                    return "questionnaire.answer.error.file";
                }
            }
            default -> {
                return null;
            }
        }
    }
}
