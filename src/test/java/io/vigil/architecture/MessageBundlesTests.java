package io.vigil.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.shared.web.I18nConfiguration;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** Every message key exists in English and in Simplified Chinese, and no translation is left empty. */
class MessageBundlesTests {

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        TreeSet<String> basenames = I18nConfiguration.bundleBasenames();
        assertThat(basenames).contains("classpath:i18n/messages");
        for (String basename : basenames) {
            Properties english = load(basename + ".properties");
            Properties chinese = load(basename + "_zh_CN.properties");
            assertThat(chinese.stringPropertyNames()).as("keys of %s_zh_CN", basename)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            chinese.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_zh_CN", key, basename).isNotBlank());
        }
    }

    private static Properties load(String location) throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(location);
        assertThat(resource.exists()).as(location + " exists").isTrue();
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
