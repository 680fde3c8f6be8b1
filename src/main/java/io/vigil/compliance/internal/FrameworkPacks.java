package io.vigil.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the framework packs and mapping files shipped under {@code compliance/} on the classpath. */
public final class FrameworkPacks {

    /** One pack: a framework's code, edition, pack revision (bumped to upgrade) and requirement tree. */
    public record Pack(String code, String version, int revision, String title, String titleZh,
            List<RequirementNode> requirements) {
    }

    /** One shipped mapping line: requirement {@code sourceRef} of {@code sourceCode} relates to the target. */
    public record MappingLine(String sourceCode, String sourceRef, String targetCode, String targetRef,
            String relation) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FrameworkPacks() {
    }

    public static List<Pack> shipped() {
        List<Pack> packs = new ArrayList<>();
        for (Resource r : resources("classpath*:compliance/frameworks/*.json")) {
            packs.add(read(r));
        }
        return packs;
    }

    public static List<MappingLine> shippedMappings() {
        List<MappingLine> lines = new ArrayList<>();
        for (Resource r : resources("classpath*:compliance/mappings/*.json")) {
            try (InputStream in = r.getInputStream()) {
                for (JsonNode m : JSON.readTree(in).path("mappings")) {
                    lines.add(new MappingLine(m.get(0).asString(), m.get(1).asString(), m.get(2).asString(),
                            m.get(3).asString(), m.get(4).asString()));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read mapping " + r, e);
            }
        }
        return lines;
    }

    static Pack read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = JSON.readTree(in);
            return new Pack(root.path("code").asString(), root.path("version").asString(),
                    root.path("revision").asInt(1), root.path("title").path("en").asString(),
                    root.path("title").path("zh").asString(null), nodes(root.path("requirements")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read framework pack " + resource, e);
        }
    }

    private static List<RequirementNode> nodes(JsonNode array) {
        List<RequirementNode> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new RequirementNode(n.path("ref").asString(), n.path("title").asString(),
                    n.path("titleZh").asString(null), n.path("assessable").asBoolean(true), false,
                    nodes(n.path("children"))));
        }
        return out;
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + pattern, e);
        }
    }
}
