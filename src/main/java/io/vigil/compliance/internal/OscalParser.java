package io.vigil.compliance.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses OSCAL JSON catalogs and profiles as a stream: only one group (a control family) is held
 * as a tree at a time, back matter (resources, often large) is skipped, and the reader refuses
 * documents beyond fixed limits instead of exhausting memory.
 */
public final class OscalParser {

    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxStringLength(1_000_000)
                    .maxNameLength(1_000)
                    .build())
            .build())
            // groups are read one by one from the open stream: more tokens after each one are expected
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Not an OSCAL catalog or profile, or malformed: the message says where. */
    public static class InvalidOscalException extends RuntimeException {
        public InvalidOscalException(String message) {
            super(message);
        }
    }

    private OscalParser() {
    }

    public static OscalDocument parse(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidOscalException("the file is not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("catalog".equals(name)) {
                    return catalog(p);
                }
                if ("profile".equals(name)) {
                    return profile(JSON.readTree(p));
                }
                p.skipChildren();
            }
            throw new InvalidOscalException("neither \"catalog\" nor \"profile\" found at the top level");
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidOscalException("malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static OscalDocument.Catalog catalog(JsonParser p) {
        String uuid = null;
        String title = null;
        String version = null;
        List<RequirementNode> groups = new ArrayList<>();
        List<RequirementNode> looseControls = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "uuid" -> uuid = p.getString();
                case "metadata" -> {
                    JsonNode m = JSON.readTree(p);
                    title = m.path("title").asString(null);
                    version = m.path("version").asString(null);
                }
                case "groups" -> {
                    requireArray(t, "catalog.groups");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        groups.add(group(JSON.readTree(p)));
                    }
                }
                case "controls" -> {
                    requireArray(t, "catalog.controls");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        looseControls.add(control(JSON.readTree(p)));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (uuid == null || title == null) {
            throw new InvalidOscalException("catalog.uuid and catalog.metadata.title are required");
        }
        groups.addAll(looseControls);
        return new OscalDocument.Catalog(uuid, title, version == null ? "" : version, groups);
    }

    private static void requireArray(JsonToken t, String where) {
        if (t != JsonToken.START_ARRAY) {
            throw new InvalidOscalException(where + " must be an array");
        }
    }

    private static RequirementNode group(JsonNode g) {
        List<RequirementNode> children = new ArrayList<>();
        for (JsonNode sub : g.path("groups")) {
            children.add(group(sub));
        }
        for (JsonNode c : g.path("controls")) {
            children.add(control(c));
        }
        return new RequirementNode(id(g, "group"), g.path("title").asString(""), null, false, false, children);
    }

    private static RequirementNode control(JsonNode c) {
        List<RequirementNode> enhancements = new ArrayList<>();
        for (JsonNode e : c.path("controls")) {
            enhancements.add(control(e));
        }
        boolean withdrawn = false;
        for (JsonNode prop : c.path("props")) {
            if ("status".equals(prop.path("name").asString()) && "withdrawn".equals(prop.path("value").asString())) {
                withdrawn = true;
            }
        }
        return new RequirementNode(id(c, "control"), c.path("title").asString(""), null, !withdrawn, withdrawn,
                enhancements);
    }

    private static String id(JsonNode n, String what) {
        String id = n.path("id").asString(null);
        if (id == null || id.isBlank()) {
            throw new InvalidOscalException("a " + what + " without an id (title \"" + n.path("title").asString("")
                    + "\")");
        }
        return id;
    }

    private static OscalDocument.Profile profile(JsonNode profile) {
        List<OscalDocument.Import> imports = new ArrayList<>();
        for (JsonNode imp : profile.path("imports")) {
            boolean all = imp.has("include-all");
            List<String> ids = new ArrayList<>();
            for (JsonNode inc : imp.path("include-controls")) {
                for (JsonNode id : inc.path("with-ids")) {
                    ids.add(id.asString());
                }
            }
            List<String> excluded = new ArrayList<>();
            for (JsonNode exc : imp.path("exclude-controls")) {
                for (JsonNode id : exc.path("with-ids")) {
                    excluded.add(id.asString());
                }
            }
            imports.add(new OscalDocument.Import(imp.path("href").asString(""), all, ids, excluded));
        }
        String uuid = profile.path("uuid").asString(null);
        String title = profile.path("metadata").path("title").asString(null);
        if (uuid == null || title == null || imports.isEmpty()) {
            throw new InvalidOscalException("profile.uuid, profile.metadata.title and profile.imports are required");
        }
        return new OscalDocument.Profile(uuid, title, profile.path("metadata").path("version").asString(""), imports);
    }
}
