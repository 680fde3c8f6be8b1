package io.vigil.people;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two sibling units with a writer and a reader in each, and employees made through the API, with
 * unique numbers and names so tests can share a database.
 */
final class PeopleFixtures {

    final TestUsers users;
    final MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final UUID unitA;
    final UUID unitB;
    final UUID writerA;
    final UUID writerB;
    final UUID readerA;
    final String codeA;
    final String codeB;

    PeopleFixtures(TestUsers users, MockMvc mvc, OrgUnits orgUnits) {
        this.users = users;
        this.mvc = mvc;
        this.unitA = users.unit(users.rootUnit(), "Unit A", OrgUnitType.SITE);
        this.unitB = users.unit(users.rootUnit(), "Unit B", OrgUnitType.SITE);
        this.writerA = users.user("writer-a", Role.ADMIN, unitA, true);
        this.writerB = users.user("writer-b", Role.ADMIN, unitB, true);
        this.readerA = users.user("reader-a", Role.SECURITY_OFFICER, unitA, true);
        this.codeA = orgUnits.find(unitA).orElseThrow().code();
        this.codeB = orgUnits.find(unitB).orElseThrow().code();
    }

    /** A unique employee number for this test run. */
    String number(String suffix) {
        return "T" + tag + "-" + suffix;
    }

    Map<String, Object> body(String suffix, UUID unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employeeNumber", number(suffix));
        body.put("name", "测试" + tag + suffix);
        body.put("nameEn", "Tester " + tag + " " + suffix);
        body.put("email", "t" + tag + suffix + "@vigil.example");
        body.put("orgUnitId", unit.toString());
        body.put("position", "Engineer");
        body.put("hireDate", "2024-03-01");
        return body;
    }

    String toJson(Object body) {
        return json.writeValueAsString(body);
    }

    /** Creates an employee as {@code writer} and returns its id. */
    UUID create(UUID writer, Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/v1/employees").with(users.as(writer))
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    UUID create(UUID writer, String suffix, UUID unit) throws Exception {
        return create(writer, body(suffix, unit));
    }
}
