package io.vigil.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.shared.web.I18nConfiguration;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** Every literal message key a template uses ({@code #{some.key}}) exists in the bundles. */
class TemplateMessageKeysTests {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)(\\(|})");

    @Test
    void templatesUseOnlyKeysThatExist() throws IOException {
        Properties all = new Properties();
        for (String basename : I18nConfiguration.bundleBasenames()) {
            try (var reader = new InputStreamReader(
                    new DefaultResourceLoader().getResource(basename + ".properties").getInputStream(),
                    StandardCharsets.UTF_8)) {
                all.load(reader);
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!all.containsKey(matcher.group(1))) {
                        missing.add(template + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }
}
