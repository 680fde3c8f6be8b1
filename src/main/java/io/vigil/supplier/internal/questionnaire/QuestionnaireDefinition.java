package io.vigil.supplier.internal.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.vigil.supplier.internal.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content of one template version: sections and their questions, in English and Chinese. Stored
 * as one JSON document on the template row, shipped as JSON files, and uploaded in the same shape.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireDefinition(String code, Integer version, Text title, Text description,
        List<Section> sections) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,59}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    public enum Type {
        YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, TEXT, FILE;

        boolean choice() {
            return this == YES_NO || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
        }

        /** TEXT and FILE answers are evidence the reviewer reads; they carry no points (see README). */
        boolean scored() {
            return this != TEXT && this != FILE;
        }
    }

    /** A text in both languages; the Chinese one falls back to English and vice versa. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String en, String zh) {
        public String in(Locale locale) {
            boolean chinese = locale != null && "zh".equals(locale.getLanguage());
            String first = chinese ? zh : en;
            return first != null && !first.isBlank() ? first : (chinese ? en : zh);
        }

        boolean complete() {
            return en != null && !en.isBlank() && zh != null && !zh.isBlank();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String key, Text title, List<Question> questions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String value, Text label, BigDecimal points) {
        public BigDecimal pointsOrZero() {
            return points == null ? BigDecimal.ZERO : points;
        }
    }

    /** Points for a NUMBER answer in [min, max] (either end open when null). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Band(BigDecimal min, BigDecimal max, BigDecimal points) {
        boolean contains(BigDecimal value) {
            return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
        }
    }

    /**
     * The accepted answers of a red-line question: option values for choice questions (a chosen value
     * outside them fails), or a range for NUMBER questions.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RedLine(List<String> accepted, BigDecimal min, BigDecimal max) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String key, Type type, Text text, Text help, BigDecimal weight, Boolean required,
            List<Option> options, List<Band> bands, BigDecimal min, BigDecimal max, RedLine redLine) {

        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }

        public BigDecimal weightOrOne() {
            return weight == null ? BigDecimal.ONE : weight;
        }

        public boolean redLined() {
            return redLine != null;
        }

        /** The options offered; YES_NO questions without options get yes = 1 point, no = 0. */
        public List<Option> effectiveOptions() {
            if (type == Type.YES_NO && (options == null || options.isEmpty())) {
                return List.of(new Option("YES", new Text("Yes", "是"), BigDecimal.ONE),
                        new Option("NO", new Text("No", "否"), BigDecimal.ZERO));
            }
            return options == null ? List.of() : options;
        }

        public boolean scored() {
            return type != null && type.scored() && weightOrOne().signum() > 0 && maxPoints().signum() > 0;
        }

        /** The most points an answer can earn. */
        public BigDecimal maxPoints() {
            if (type == Type.MULTIPLE_CHOICE) {
                return effectiveOptions().stream().map(Option::pointsOrZero).filter(p -> p.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            if (type == Type.NUMBER) {
                return bands == null ? BigDecimal.ZERO
                        : bands.stream().map(Band::points).filter(p -> p != null).max(BigDecimal::compareTo)
                                .orElse(BigDecimal.ZERO);
            }
            if (type != null && type.choice()) {
                return effectiveOptions().stream().map(Option::pointsOrZero).max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
            }
            return BigDecimal.ZERO;
        }

        public Option option(String value) {
            return effectiveOptions().stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
        }
    }

    /**
     * What the supplier sees: no weights, points, bands or red-line rules (a red-line question must not
     * show itself as one).
     */
    public QuestionnaireDefinition forSupplier() {
        return new QuestionnaireDefinition(code, version, title, description, sections.stream()
                .map(s -> new Section(s.key(), s.title(), s.questions().stream()
                        .map(q -> new Question(q.key(), q.type(), q.text(), q.help(), null, q.required(),
                                q.effectiveOptions().stream().map(o -> new Option(o.value(), o.label(), null)).toList(),
                                null, q.min(), q.max(), null))
                        .toList()))
                .toList());
    }

    public Stream<Question> questions() {
        return sections == null ? Stream.empty()
                : sections.stream().flatMap(s -> s.questions() == null ? Stream.empty() : s.questions().stream());
    }

    public Question question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    /** What is wrong with this definition, each problem naming the section or question (empty when fine). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "questionnaire.template.error.code"));
        }
        if (title == null || !title.complete()) {
            problems.add(new FieldProblem("title", "questionnaire.template.error.bilingual"));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "questionnaire.template.error.noSections"));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String path = "sections[" + s + "]";
            if (section.title() == null || !section.title().complete()) {
                problems.add(new FieldProblem(path + ".title", "questionnaire.template.error.bilingual"));
            }
            if (section.questions() == null || section.questions().isEmpty()) {
                problems.add(new FieldProblem(path + ".questions", "questionnaire.template.error.noQuestions"));
                continue;
            }
            for (Question q : section.questions()) {
                String at = "question " + q.key();
                if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                    problems.add(new FieldProblem(path + ".questions", "questionnaire.template.error.key"));
                    continue;
                }
                if (!keys.add(q.key())) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.duplicateKey", q.key()));
                }
                if (q.type() == null) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.type", q.key()));
                    continue;
                }
                if (q.text() == null || !q.text().complete()) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.bilingual"));
                }
                if (q.weight() != null && q.weight().signum() < 0) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.weight", q.key()));
                }
                if ((q.type() == Type.SINGLE_CHOICE || q.type() == Type.MULTIPLE_CHOICE)
                        && (q.options() == null || q.options().size() < 2)) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.options", q.key()));
                }
                Set<String> values = new HashSet<>();
                for (Option o : q.effectiveOptions()) {
                    if (o.value() == null || o.value().isBlank() || !values.add(o.value())
                            || o.label() == null || !o.label().complete()) {
                        problems.add(new FieldProblem(at, "questionnaire.template.error.option", q.key()));
                        break;
                    }
                }
                if (q.redLine() != null && q.type().choice() && (q.redLine().accepted() == null
                        || q.redLine().accepted().isEmpty() || !values.containsAll(q.redLine().accepted()))) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.redLine", q.key()));
                }
                if (q.redLine() != null && !q.type().choice() && q.type() != Type.NUMBER) {
                    problems.add(new FieldProblem(at, "questionnaire.template.error.redLine", q.key()));
                }
            }
        }
        return problems;
    }
}
