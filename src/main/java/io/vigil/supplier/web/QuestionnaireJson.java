package io.vigil.supplier.web;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The template definition as indented JSON: shown on the template page as the start of a new version. */
final class QuestionnaireJson {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private QuestionnaireJson() {
    }

    static String pretty(Object value) {
        return value == null ? "" : PRETTY.writeValueAsString(value);
    }
}
