package io.vigil.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The threats risks choose from, shipped as {@code risk/threats.json} (English and Chinese names). */
@Component
public class ThreatCatalogue {

    static final String RESOURCE = "risk/threats.json";

    private final Map<String, Threat> threats;

    ThreatCatalogue() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<Threat> list = JsonMapper.builder().build().readValue(in, new TypeReference<List<Threat>>() {
            });
            Map<String, Threat> byCode = new LinkedHashMap<>();
            list.forEach(t -> {
                if (byCode.put(t.code(), t) != null) {
                    throw new IllegalStateException("duplicate threat code " + t.code());
                }
            });
            this.threats = Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Threat> all() {
        return List.copyOf(threats.values());
    }

    public Optional<Threat> find(String code) {
        return Optional.ofNullable(code == null ? null : threats.get(code));
    }
}
