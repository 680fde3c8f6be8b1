package io.vigil.supplier.internal.questionnaire;

import io.vigil.supplier.internal.questionnaire.QuestionnaireDefinition.Question;
import io.vigil.supplier.internal.questionnaire.QuestionnaireDefinition.Type;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score of a questionnaire: 0–100, the weighted share of points earned over the points the answered,
 * scored questions could earn. Each scored question counts {@code weight × earned / max}; unanswered
 * optional questions are left out of both sides (not counted as zero); TEXT and FILE answers carry no
 * points. A red-line question answered outside its accepted answers fails the whole questionnaire,
 * whatever the score.
 */
public final class QuestionnaireScoring {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum LineStatus {
        SCORED, UNANSWERED, UNSCORED
    }

    /** One question's part in the score ("why this score"). */
    public record Line(String key, LineStatus status, BigDecimal weight, BigDecimal earned, BigDecimal max,
            BigDecimal contribution, boolean redLine, boolean redLineFailed) {
    }

    /** {@code score} is null when no scored question was answered. */
    public record Result(Integer score, boolean redLineFailed, List<String> failedRedLines, List<Line> lines,
            BigDecimal weightAnswered) {

        public Line line(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
        }
    }

    private QuestionnaireScoring() {
    }

    public static Result score(QuestionnaireDefinition definition, Map<String, List<String>> answers) {
        List<Question> questions = definition.questions().toList();
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Question q : questions) {
            if (q.scored() && answered(answers, q)) {
                totalWeight = totalWeight.add(q.weightOrOne());
            }
        }
        List<Line> lines = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Question q : questions) {
            boolean answered = answered(answers, q);
            List<String> values = answered ? answers.get(q.key()) : List.of();
            boolean redLineFailed = answered && q.redLined() && failsRedLine(q, values);
            if (redLineFailed) {
                failed.add(q.key());
            }
            if (!q.scored()) {
                lines.add(new Line(q.key(), LineStatus.UNSCORED, BigDecimal.ZERO, null, null, BigDecimal.ZERO,
                        q.redLined(), redLineFailed));
            } else if (!answered) {
                lines.add(new Line(q.key(), LineStatus.UNANSWERED, q.weightOrOne(), null, q.maxPoints(),
                        BigDecimal.ZERO, q.redLined(), false));
            } else {
                BigDecimal max = q.maxPoints();
                BigDecimal earned = earned(q, values).max(BigDecimal.ZERO).min(max);
                BigDecimal contribution = HUNDRED.multiply(q.weightOrOne()).multiply(earned)
                        .divide(max.multiply(totalWeight), MC);
                sum = sum.add(contribution);
                lines.add(new Line(q.key(), LineStatus.SCORED, q.weightOrOne(), earned, max,
                        contribution.setScale(1, RoundingMode.HALF_UP), q.redLined(), redLineFailed));
            }
        }
        Integer score = totalWeight.signum() == 0 ? null : sum.setScale(0, RoundingMode.HALF_UP).intValue();
        return new Result(score, !failed.isEmpty(), List.copyOf(failed), List.copyOf(lines), totalWeight);
    }

    static boolean answered(Map<String, List<String>> answers, Question q) {
        List<String> values = answers.get(q.key());
        return values != null && !values.isEmpty() && values.stream().anyMatch(v -> v != null && !v.isBlank());
    }

    private static BigDecimal earned(Question q, List<String> values) {
        if (q.type() == Type.NUMBER) {
            BigDecimal value = new BigDecimal(values.get(0).strip());
            return q.bands() == null ? BigDecimal.ZERO : q.bands().stream().filter(b -> b.contains(value))
                    .map(b -> b.points() == null ? BigDecimal.ZERO : b.points()).findFirst().orElse(BigDecimal.ZERO);
        }
        BigDecimal earned = BigDecimal.ZERO;
        for (String value : values) {
            QuestionnaireDefinition.Option option = q.option(value);
            if (option != null) {
                earned = earned.add(option.pointsOrZero());
            }
        }
        return earned;
    }

    private static boolean failsRedLine(Question q, List<String> values) {
        QuestionnaireDefinition.RedLine rule = q.redLine();
        if (q.type() == Type.NUMBER) {
            BigDecimal value = new BigDecimal(values.get(0).strip());
            return (rule.min() != null && value.compareTo(rule.min()) < 0)
                    || (rule.max() != null && value.compareTo(rule.max()) > 0);
        }
        return rule.accepted() != null && values.stream().anyMatch(v -> !rule.accepted().contains(v));
    }
}
