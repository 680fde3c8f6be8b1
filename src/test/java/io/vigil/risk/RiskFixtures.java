package io.vigil.risk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two sibling units; in A an administrator (may approve, not CISO), a CISO and a security officer
 * (writes, cannot approve); in B an administrator. Codes and names are unique per test run.
 */
final class RiskFixtures {

    final TestUsers users;
    final MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final UUID unitA;
    final UUID unitB;
    final UUID adminA;
    final UUID cisoA;
    final UUID officerA;
    final UUID adminB;
    final String codeA;

    RiskFixtures(TestUsers users, MockMvc mvc, OrgUnits orgUnits) {
        this.users = users;
        this.mvc = mvc;
        this.unitA = users.unit(users.rootUnit(), "Risk A", OrgUnitType.SITE);
        this.unitB = users.unit(users.rootUnit(), "Risk B", OrgUnitType.SITE);
        this.adminA = users.user("admin-a", Role.ADMIN, unitA, true);
        this.cisoA = users.user("ciso-a", Role.CISO, unitA, true);
        this.officerA = users.user("officer-a", Role.SECURITY_OFFICER, unitA, true);
        this.adminB = users.user("admin-b", Role.ADMIN, unitB, true);
        this.codeA = orgUnits.find(unitA).orElseThrow().code();
    }

    String code(String suffix) {
        return "T" + tag + "-" + suffix;
    }

    Map<String, Object> asset(String suffix, UUID unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(suffix));
        body.put("name", "Server " + tag + " " + suffix);
        body.put("type", "SERVER");
        body.put("orgUnitId", unit.toString());
        body.put("ownerUserId", officerA.toString());
        body.put("confidentiality", 2);
        body.put("integrity", 3);
        body.put("availability", 2);
        body.put("hostnames", List.of("srv-" + tag + "-" + suffix + ".example.cn"));
        body.put("ipAddresses", List.of("10.20.30." + Math.abs(suffix.hashCode() % 250)));
        return body;
    }

    String createAsset(UUID as, Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/v1/assets").with(users.as(as)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    Map<String, Object> risk(String title, UUID unit, int likelihood, int impact, UUID owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + tag);
        body.put("orgUnitId", unit.toString());
        body.put("threatCode", "T-ESS-01");
        body.put("vulnerability", "Single utility feed without a second UPS string");
        body.put("inherentLikelihood", likelihood);
        body.put("inherentImpact", impact);
        body.put("ownerUserId", owner.toString());
        return body;
    }

    String createRisk(UUID as, Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/v1/risks").with(users.as(as)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
