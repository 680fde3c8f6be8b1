package io.vigil.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Browsers drop a form nested in another form, silently: its fields join the outer form and its
 * styling is lost. Fragments that are forms themselves (the table's column chooser) count as forms.
 */
class TemplateFormsTests {

    private static final Pattern FORM_EDGE = Pattern.compile("<form\\b|</form>|columnChooser\\(");

    @Test
    void noTemplateNestsAForm() throws IOException {
        List<String> nested = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                int depth = 0;
                Matcher edge = FORM_EDGE.matcher(html);
                while (edge.find()) {
                    if (edge.group().equals("</form>")) {
                        depth--;
                    } else if (depth > 0 && !isTheFragmentDefinition(html, edge.start())) {
                        nested.add(template + ":" + (html.substring(0, edge.start()).split("\n", -1).length));
                    } else if (edge.group().startsWith("<form")) {
                        depth++;
                    }
                }
            }
        }
        assertThat(nested).as("forms (or form fragments) inside another form").isEmpty();
    }

    private static boolean isTheFragmentDefinition(String html, int position) {
        int lineStart = html.lastIndexOf('\n', position) + 1;
        return html.substring(lineStart, position).contains("th:fragment=");
    }
}
