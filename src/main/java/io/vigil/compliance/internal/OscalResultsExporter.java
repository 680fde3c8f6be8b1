package io.vigil.compliance.internal;

import io.vigil.compliance.ComplianceStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes an assessment as an OSCAL 1.1 {@code assessment-results} document: one result whose
 * findings are the assessed requirements (compliant: {@code satisfied}; partly or non-compliant:
 * {@code not-satisfied}) and whose observations are the controls counting towards them (last test,
 * evidence as {@code relevant-evidence}) and people's overrides. Requirements not assessed or not
 * applicable get no finding (OSCAL has no state for them); not applicable ones are excluded from the
 * reviewed controls. Control ids are those of the framework's OSCAL catalog export. UUIDs are name-based
 * (version 5, as OSCAL's UUID pattern demands version 4 or 5) so a re-export keeps them stable.
 */
public final class OscalResultsExporter {

    static final String NS = "https://vigil.dev/ns/oscal";

    private OscalResultsExporter() {
    }

    public static Map<String, Object> results(AssessmentService.AssessmentView view,
            Map<UUID, List<Evidence>> evidenceByControl, Instant now) {
        Assessment a = view.assessment();
        Framework f = view.framework();
        String seed = a.id().toString();

        Map<UUID, Map<String, Object>> controlObservations = new LinkedHashMap<>();
        List<Object> observations = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        List<Object> excluded = new ArrayList<>();
        for (AssessmentService.Line line : view.lines()) {
            RequirementRow r = line.requirement();
            if (!r.assessable()) {
                continue;
            }
            String controlId = OscalExporter.token(r.ref());
            if (line.status() == ComplianceStatus.NOT_APPLICABLE) {
                excluded.add(Map.of("control-id", controlId));
                continue;
            }
            if (line.status() == ComplianceStatus.NOT_ASSESSED) {
                continue;
            }
            List<Object> related = new ArrayList<>();
            for (ControlCoverage.ControlState c : line.controls()) {
                Map<String, Object> o = controlObservations.computeIfAbsent(c.id(),
                        id -> controlObservation(seed, c, evidenceByControl.getOrDefault(id, List.of()), now));
                related.add(Map.of("observation-uuid", o.get("uuid")));
            }
            if (!line.derived()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("uuid", uuid(seed, "override:" + r.id()));
                o.put("title", "Assessor's decision on " + r.ref());
                o.put("description", "Status set to " + line.status() + " by a person: "
                        + (line.reason() == null ? "no reason recorded" : line.reason()));
                o.put("methods", List.of("EXAMINE"));
                o.put("types", List.of("finding"));
                o.put("collected", a.updatedAt().toString());
                observations.add(o);
                related.add(Map.of("observation-uuid", o.get("uuid")));
            }
            findings.add(finding(seed, r, controlId, line, related));
        }
        observations.addAll(0, controlObservations.values());

        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("include-all", Map.of());
        if (!excluded.isEmpty()) {
            selection.put("exclude-controls", excluded);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uuid", uuid(seed, "result"));
        result.put("title", a.name());
        result.put("description", "Compliance of " + a.scope() + " with " + f.title() + ": "
                + view.percentAssessed() + "% of " + view.assessable() + " requirements assessed, "
                + view.gaps().size() + " gap(s).");
        result.put("start", a.createdAt().toString());
        result.put("end", now.toString());
        result.put("props", List.of(prop("scope", a.scope()), prop("framework", f.code())));
        result.put("reviewed-controls", Map.of("control-selections", List.of(selection)));
        if (!observations.isEmpty()) {
            result.put("observations", observations);
        }
        if (!findings.isEmpty()) {
            result.put("findings", findings);
        }

        String planUuid = uuid(seed, "plan");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", "Assessment results: " + a.name());
        metadata.put("last-modified", a.updatedAt().toString());
        metadata.put("version", String.valueOf(a.version()));
        metadata.put("oscal-version", "1.1.2");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("uuid", planUuid);
        plan.put("title", "Assessment plan: " + f.title() + " for " + a.scope());
        plan.put("description", "Vigil assessment " + a.id() + " of framework " + f.code() + " "
                + f.frameworkVersion() + "; the catalog is the framework's OSCAL export.");
        plan.put("rlinks", List.of(Map.of("href", "/api/v1/frameworks/" + f.id() + "/oscal",
                "media-type", "application/json")));

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uuid", uuid(seed, "assessment-results"));
        doc.put("metadata", metadata);
        doc.put("import-ap", Map.of("href", "#" + planUuid));
        doc.put("results", List.of(result));
        doc.put("back-matter", Map.of("resources", List.of(plan)));
        return Map.of("assessment-results", doc);
    }

    private static Map<String, Object> finding(String seed, RequirementRow r, String controlId,
            AssessmentService.Line line, List<Object> related) {
        boolean satisfied = line.status() == ComplianceStatus.COMPLIANT;
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", satisfied ? "satisfied" : "not-satisfied");
        status.put("reason", satisfied ? "pass" : line.status() == ComplianceStatus.PARTLY ? "other" : "fail");
        if (line.status() == ComplianceStatus.PARTLY) {
            status.put("remarks", "Partly compliant");
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "objective-id");
        target.put("target-id", controlId);
        target.put("status", status);
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("uuid", uuid(seed, "finding:" + r.id()));
        finding.put("title", r.ref() + " " + r.title());
        finding.put("description", (line.derived() ? "Derived from the latest tests of "
                + line.controls().stream().map(ControlCoverage.ControlState::code).collect(Collectors.joining(", "))
                : "Set by a person: " + line.reason()) + ".");
        finding.put("props", List.of(prop("compliance-status", line.status().name()),
                prop("status-source", line.derived() ? "derived" : "override")));
        finding.put("target", target);
        if (!related.isEmpty()) {
            finding.put("related-observations", related);
        }
        return finding;
    }

    private static Map<String, Object> controlObservation(String seed, ControlCoverage.ControlState c,
            Collection<Evidence> evidence, Instant now) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("uuid", uuid(seed, "control:" + c.id()));
        o.put("title", "Control " + c.code());
        o.put("description", c.lastResult() == null ? "Control " + c.code() + " has not been tested."
                : "Control " + c.code() + " last tested on " + c.lastTestedOn() + ": " + c.lastResult() + ".");
        o.put("props", List.of(prop("control-id", c.id().toString())));
        o.put("methods", List.of(c.lastResult() == null ? "EXAMINE" : "TEST"));
        o.put("types", List.of("control-objective"));
        o.put("collected", c.lastTestedOn() == null ? now.toString() : startOf(c.lastTestedOn()));
        List<Object> relevant = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> item = new LinkedHashMap<>();
            if (e.kind() == Evidence.Kind.LINK && e.content() != null && !e.content().isBlank()) {
                item.put("href", e.content());
            } else if (e.kind() == Evidence.Kind.FILE) {
                item.put("href", "/api/v1/evidence/" + e.id() + "/file");
            }
            item.put("description", e.title() + " (" + e.kind().name().toLowerCase() + ", collected "
                    + e.collectedOn() + (e.validUntil() == null ? "" : ", valid until " + e.validUntil()) + ")");
            relevant.add(item);
        }
        if (!relevant.isEmpty()) {
            o.put("relevant-evidence", relevant);
        }
        return o;
    }

    private static Map<String, Object> prop(String name, String value) {
        return Map.of("name", name, "ns", NS, "value", value);
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    /** A name-based UUID of version 5 (SHA-1, RFC 4122 §4.3) within the assessment. */
    static String uuid(String seed, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1")
                    .digest((seed + "/" + name).getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(b.getLong(), b.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
