package io.vigil.supplier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.supplier.internal.CreditCode;
import io.vigil.support.TestUsers;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two sibling units with a procurement officer in each, a procurement manager and a reader in A;
 * suppliers made through the API with unique names and credit codes so tests can share a database.
 */
final class SupplierFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    final TestUsers users;
    final MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final UUID unitA;
    final UUID unitB;
    final UUID officerA;
    final UUID officerB;
    final UUID managerA;
    final UUID readerA;

    SupplierFixtures(TestUsers users, MockMvc mvc) {
        this.users = users;
        this.mvc = mvc;
        this.unitA = users.unit(users.rootUnit(), "Proc A", OrgUnitType.SITE);
        this.unitB = users.unit(users.rootUnit(), "Proc B", OrgUnitType.SITE);
        this.officerA = users.user("officer-a", Role.PROCUREMENT_OFFICER, unitA, true);
        this.officerB = users.user("officer-b", Role.PROCUREMENT_OFFICER, unitB, true);
        this.managerA = users.user("manager-a", Role.PROCUREMENT_MANAGER, unitA, true);
        this.readerA = users.user("reader-a", Role.SECURITY_OFFICER, unitA, true);
    }

    /** A fresh, valid, (practically) unique unified social credit code. */
    static String creditCode() {
        StringBuilder first17 = new StringBuilder("913101");
        for (int i = 0; i < 11; i++) {
            first17.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(RANDOM.nextInt(31)));
        }
        return first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
    }

    Map<String, Object> mainland(String suffix, UUID unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试供应商" + tag + suffix);
        body.put("nameEn", "Test Supplier " + tag + " " + suffix);
        body.put("creditCode", creditCode());
        body.put("country", "CN");
        body.put("categories", List.of("IT_EQUIPMENT"));
        body.put("contacts", List.of(Map.of("name", "王磊", "email", "wl" + tag + "@supplier.example",
                "phone", "+86 21 5555 0101")));
        body.put("orgUnitId", unit.toString());
        body.put("registeredOn", "2023-06-01");
        return body;
    }

    String toJson(Object body) {
        return json.writeValueAsString(body);
    }

    UUID create(UUID writer, Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/v1/suppliers").with(users.as(writer))
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    UUID create(String suffix) throws Exception {
        return create(officerA, mainland(suffix, unitA));
    }
}
