package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
class OscalResultsIntegrationTests {

    /** OSCAL's UUID datatype: RFC 4122 version 4 or 5. */
    static final Pattern OSCAL_UUID = Pattern.compile(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID unit;
    UUID manager;
    UUID outsider;

    @BeforeEach
    void setUp() {
        unit = users.unit(users.rootUnit(), "Oscal " + tag, OrgUnitType.SITE);
        manager = users.user("osc-m", Role.COMPLIANCE_MANAGER, unit, true);
        outsider = users.user("osc-o", Role.COMPLIANCE_MANAGER,
                users.unit(users.rootUnit(), "Oscal other " + tag, OrgUnitType.SITE), true);
    }

    @Test
    void assessmentResultsHaveOneFindingPerAssessedRequirementWithItsStatusAndControlsAsObservations()
            throws Exception {
        String scan = control("SC-" + tag, "ISO27001", "A.8.8");
        String logging = control("LG-" + tag, "ISO27001", "A.8.15");
        post("/api/v1/controls/" + scan + "/evidence", Map.of("kind", "LINK", "title", "Scan report " + tag,
                "content", "https://scanner.example.cn/report/42", "collectedOn", LocalDate.now().toString()));
        test(scan, "EFFECTIVE");
        test(logging, "INEFFECTIVE");
        String iso = JsonPath.read(post("/api/v1/assessments", Map.of("frameworkId", framework("ISO27001"),
                "name", "ISO " + tag, "scope", "DC-" + tag, "orgUnitId", unit)), "$.id");
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/status", iso, requirement("ISO27001", "A.5.1"))
                .with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"PARTLY\",\"reason\":\"Policy awaiting board approval\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/applicability", iso,
                        requirement("ISO27001", "A.8.30")).with(users.as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicable\":false,\"justification\":\"No outsourced development\"}"))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/v1/assessments/{id}/oscal", iso).with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String view = mvc.perform(get("/api/v1/assessments/{id}", iso).with(users.as(manager)))
                .andReturn().getResponse().getContentAsString();
        List<String> assessed = JsonPath.read(view, "$.requirements[?(@.assessable == true && "
                + "@.status in ['COMPLIANT','PARTLY','NON_COMPLIANT'])].ref");

        Map<String, Object> ar = JsonPath.read(body, "$.assessment-results");
        assertThat(ar).containsKeys("uuid", "metadata", "import-ap", "results");
        assertThat((Map<String, Object>) JsonPath.read(body, "$.assessment-results.metadata"))
                .containsKeys("title", "last-modified", "version", "oscal-version");
        assertThat((String) JsonPath.read(body, "$.assessment-results.metadata.oscal-version")).startsWith("1.1.");
        String planHref = JsonPath.read(body, "$.assessment-results.import-ap.href");
        List<String> resources = JsonPath.read(body, "$.assessment-results.back-matter.resources[*].uuid");
        assertThat(resources).contains(planHref.substring(1));
        List<Map<String, Object>> results = JsonPath.read(body, "$.assessment-results.results");
        assertThat(results).singleElement().satisfies(r -> assertThat(r)
                .containsKeys("uuid", "title", "description", "start", "reviewed-controls"));
        assertThat((List<String>) JsonPath.read(body,
                "$.assessment-results.results[0].reviewed-controls.control-selections[0].exclude-controls[*].control-id"))
                .containsExactly("a.8.30");

        List<Map<String, Object>> findings = JsonPath.read(body, "$.assessment-results.results[0].findings");
        assertThat(findings).hasSize(assessed.size()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(state(body, "a.8.8")).isEqualTo("satisfied");
        assertThat(state(body, "a.8.15")).isEqualTo("not-satisfied");
        assertThat(state(body, "a.5.1")).isEqualTo("not-satisfied");
        assertThat((List<String>) JsonPath.read(body,
                "$.assessment-results.results[0].findings[*].target.type")).containsOnly("objective-id");

        // the linked control is an observation with its evidence; every finding points at existing observations
        List<Map<String, Object>> observations = JsonPath.read(body, "$.assessment-results.results[0].observations");
        Set<String> observationIds = new HashSet<>();
        observations.forEach(o -> {
            assertThat(o).containsKeys("uuid", "description", "methods", "collected");
            observationIds.add((String) o.get("uuid"));
        });
        assertThat((List<String>) JsonPath.read(body, "$.assessment-results.results[0].observations"
                + "[?(@.title == 'Control SC-" + tag + "')].relevant-evidence[*].href"))
                .containsExactly("https://scanner.example.cn/report/42");
        List<String> referenced = JsonPath.read(body,
                "$.assessment-results.results[0].findings[*].related-observations[*].observation-uuid");
        assertThat(referenced).isNotEmpty();
        assertThat(observationIds).containsAll(referenced);

        // every UUID in the document is an OSCAL UUID, and none repeats
        List<String> uuids = new ArrayList<>();
        collectUuids(json.readValue(body, Map.class), uuids);
        assertThat(uuids).hasSizeGreaterThan(5).allMatch(u -> OSCAL_UUID.matcher(u).matches());
        assertThat(new HashSet<>(uuids)).hasSize(uuids.size());

        // a second export names the same things with the same UUIDs; another unit's user gets 404
        String again = mvc.perform(get("/api/v1/assessments/{id}/oscal", iso).with(users.as(manager)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(again, "$.assessment-results.uuid"))
                .isEqualTo(JsonPath.read(body, "$.assessment-results.uuid"));
        mvc.perform(get("/api/v1/assessments/{id}/oscal", iso).with(users.as(outsider)))
                .andExpect(status().isNotFound());
    }

    private static String state(String body, String targetId) {
        List<String> states = JsonPath.read(body, "$.assessment-results.results[0].findings[?(@.target.target-id == '"
                + targetId + "')].target.status.state");
        assertThat(states).as("finding for " + targetId).hasSize(1);
        return states.get(0);
    }

    @SuppressWarnings("unchecked")
    private static void collectUuids(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("uuid".equals(k)) {
                    out.add((String) v);
                } else {
                    collectUuids(v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectUuids(v, out));
        }
    }

    private String control(String code, String framework, String ref) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Control " + code);
        body.put("orgUnitId", unit);
        body.put("type", "DETECTIVE");
        body.put("frequency", "MONTHLY");
        body.put("requirementIds", List.of(requirement(framework, ref)));
        return JsonPath.read(post("/api/v1/controls", body), "$.id");
    }

    private void test(String control, String result) throws Exception {
        post("/api/v1/controls/" + control + "/tests", Map.of("testedOn", LocalDate.now().toString(),
                "method", "Inspection", "result", result));
    }

    private String post(String url, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                        .with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private UUID framework(String code) {
        return jdbc.queryForObject("SELECT id FROM cmp_framework WHERE code = ?", UUID.class, code);
    }

    private UUID requirement(String code, String ref) {
        return jdbc.queryForObject("SELECT r.id FROM cmp_requirement r JOIN cmp_framework f ON f.id = r.framework_id "
                + "WHERE f.code = ? AND r.ref = ?", UUID.class, code, ref);
    }
}
