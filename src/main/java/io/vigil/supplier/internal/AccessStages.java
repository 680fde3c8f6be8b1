package io.vigil.supplier.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The access (onboarding) state machine: the stages of each kind, in order, and the data each stage
 * must record. EXPRESS skips on-site inspection and shortlist announcement, which become catch-up work.
 */
public final class AccessStages {

    public enum Kind {
        STANDARD, EXPRESS
    }

    public enum Stage {
        QUALIFICATION_REVIEW, ONSITE_INSPECTION, INTERNAL_ASSESSMENT, SHORTLIST_ANNOUNCEMENT, FINAL_SELECTION
    }

    /** The configured reasons for express access. */
    public enum ExpressReason {
        EMERGENCY_REPAIR, SOLE_SOURCE, LOW_VALUE, STRATEGIC_AGREEMENT
    }

    static final List<Stage> STANDARD = List.of(Stage.values());
    static final List<Stage> EXPRESS = List.of(Stage.QUALIFICATION_REVIEW, Stage.INTERNAL_ASSESSMENT,
            Stage.FINAL_SELECTION);
    static final Set<Stage> CATCH_UP = Set.of(Stage.ONSITE_INSPECTION, Stage.SHORTLIST_ANNOUNCEMENT);

    private static final Map<Stage, List<String>> REQUIRED = Map.of(
            Stage.QUALIFICATION_REVIEW, List.of("verdict"),
            Stage.ONSITE_INSPECTION, List.of("inspectionDate", "inspectors", "score"),
            Stage.INTERNAL_ASSESSMENT, List.of("testResult", "securityQuestionnaireScore"),
            Stage.SHORTLIST_ANNOUNCEMENT, List.of("publishedOn", "objectionWindowDays"),
            Stage.FINAL_SELECTION, List.of());

    private AccessStages() {
    }

    /** Every key any stage records: what a form may send. */
    public static Set<String> dataKeys() {
        return REQUIRED.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet());
    }

    /** The keys {@code stage} must record, in form order. */
    public static List<String> required(Stage stage) {
        return REQUIRED.get(stage);
    }

    static List<Stage> path(Kind kind) {
        return kind == Kind.EXPRESS ? EXPRESS : STANDARD;
    }

    /** The stage after {@code stage} on this kind's path, or {@code null} at the last one. */
    static Stage next(Kind kind, Stage stage) {
        List<Stage> path = path(kind);
        int index = path.indexOf(stage);
        return index + 1 < path.size() ? path.get(index + 1) : null;
    }

    /** The keys a stage must record that {@code data} lacks (blank counts as missing). */
    static List<String> missing(Stage stage, Map<String, String> data) {
        return REQUIRED.get(stage).stream()
                .filter(key -> data == null || data.get(key) == null || data.get(key).isBlank()).toList();
    }

    /** Missing keys (required) and values in the wrong form (verdict, scores 0-100, ISO dates), per field. */
    static List<FieldProblem> problems(Stage stage, Map<String, String> data) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        List<String> missing = missing(stage, data);
        missing.forEach(key -> problems.add(new FieldProblem("data." + key, "supplier.error.required")));
        for (String key : REQUIRED.get(stage)) {
            if (missing.contains(key)) {
                continue;
            }
            String value = data.get(key).strip();
            switch (key) {
                case "verdict" -> {
                    if (!value.equalsIgnoreCase("PASS") && !value.equalsIgnoreCase("FAIL")) {
                        problems.add(new FieldProblem("data." + key, "supplier.access.error.verdict"));
                    }
                }
                case "score", "securityQuestionnaireScore" -> {
                    if (!value.matches("\\d{1,3}(\\.\\d+)?") || Double.parseDouble(value) > 100) {
                        problems.add(new FieldProblem("data." + key, "supplier.access.error.score"));
                    }
                }
                case "inspectionDate", "publishedOn" -> {
                    try {
                        java.time.LocalDate.parse(value);
                    } catch (java.time.format.DateTimeParseException e) {
                        problems.add(new FieldProblem("data." + key, "supplier.access.error.date"));
                    }
                }
                case "objectionWindowDays" -> {
                    if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 30) {
                        problems.add(new FieldProblem("data." + key, "supplier.access.error.windowDays"));
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    /** Express access is approved by two people, one of them a procurement manager; standard by one. */
    static int approversNeeded(Kind kind) {
        return kind == Kind.EXPRESS ? 2 : 1;
    }
}
