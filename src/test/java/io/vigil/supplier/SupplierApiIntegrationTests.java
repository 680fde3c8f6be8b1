package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class SupplierApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    @Test
    void registeringAMainlandSupplierDerivesTheRegionStartsAsProspectAndIsAudited() throws Exception {
        Map<String, Object> body = f.mainland("1", f.unitA);
        UUID id = f.create(f.officerA, body);

        mvc.perform(get("/api/v1/suppliers/{id}", id).with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.region").value("MAINLAND"))
                .andExpect(jsonPath("$.status").value("PROSPECT"))
                .andExpect(jsonPath("$.creditCode").value(body.get("creditCode")))
                .andExpect(jsonPath("$.categories[0]").value("IT_EQUIPMENT"))
                .andExpect(jsonPath("$.contacts[0].name").value("王磊"))
                .andExpect(jsonPath("$.criticality").value("STANDARD"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Supplier' "
                + "AND entity_id = ? AND action = 'CREATED'", Long.class, id.toString())).isEqualTo(1);
    }

    @Test
    void aWrongCheckCharacterIsRejectedWithAClearMessageAndNothingIsStored() throws Exception {
        Map<String, Object> body = f.mainland("bad", f.unitA);
        String valid = (String) body.get("creditCode");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        body.put("creditCode", wrong);

        mvc.perform(post("/api/v1/suppliers").with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("check character")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", Long.class, wrong))
                .isZero();
    }

    @Test
    void countryMustBeIsoAndOverseasSuppliersUseARegistrationNumber() throws Exception {
        Map<String, Object> body = f.mainland("x", f.unitA);
        body.put("country", "XX");
        mvc.perform(post("/api/v1/suppliers").with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'country')]").exists());

        body.put("country", "SG");
        body.remove("creditCode");
        body.put("registrationNumber", "SG-" + f.tag);
        UUID id = f.create(f.officerA, body);
        mvc.perform(get("/api/v1/suppliers/{id}", id).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.region").value("OVERSEAS"));

        body.put("country", "HK");
        body.put("registrationNumber", "HK-" + f.tag);
        UUID hk = f.create(f.officerA, body);
        mvc.perform(get("/api/v1/suppliers/{id}", hk).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.region").value("HKMT"));
    }

    @Test
    void aDuplicateCreditCodeIsRejected() throws Exception {
        Map<String, Object> body = f.mainland("d1", f.unitA);
        f.create(f.officerA, body);
        body.put("name", "another " + f.tag);

        mvc.perform(post("/api/v1/suppliers").with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void aStalePatchIsAConflictAndAFreshOneApplies() throws Exception {
        UUID id = f.create("p");
        mvc.perform(patch("/api/v1/suppliers/{id}", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("website", "https://a.example", "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.website").value("https://a.example"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(patch("/api/v1/suppliers/{id}", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("website", "https://b.example", "version", 0))))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        assertThat(jdbc.queryForObject("SELECT website FROM supplier WHERE id = ?", String.class, id))
                .isEqualTo("https://a.example");
    }

    @Test
    void patchCannotChangeTheStatus() throws Exception {
        UUID id = f.create("s");
        mvc.perform(patch("/api/v1/suppliers/{id}", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("status", "PREFERRED", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aCriticalTierNeedsAReason() throws Exception {
        UUID id = f.create("c");
        mvc.perform(patch("/api/v1/suppliers/{id}", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("criticality", "CRITICAL", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("criticalityReason"));
    }

    @Test
    void listFiltersByRegionCategoryCountryAndTextWithinTheCallersUnits() throws Exception {
        f.create("f1");
        Map<String, Object> overseas = f.mainland("f2", f.unitA);
        overseas.put("country", "DE");
        overseas.remove("creditCode");
        overseas.put("registrationNumber", "HRB-" + f.tag);
        overseas.put("categories", List.of("SOFTWARE"));
        f.create(f.officerA, overseas);
        f.create(f.officerB, f.mainland("f3", f.unitB));

        String all = mvc.perform(get("/api/v1/suppliers").param("q", f.tag).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(all, "$.totalElements")).isEqualTo(2);

        mvc.perform(get("/api/v1/suppliers").param("q", f.tag).param("region", "OVERSEAS").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].country").value("DE"));
        mvc.perform(get("/api/v1/suppliers").param("q", f.tag).param("category", "SOFTWARE").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/suppliers").param("q", f.tag).param("country", "cn").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/suppliers").param("q", f.tag).param("status", "PROSPECT").param("size", "1")
                        .with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aSupplierOfAnotherUnitIsNotFound() throws Exception {
        UUID other = f.create(f.officerB, f.mainland("b", f.unitB));

        mvc.perform(get("/api/v1/suppliers/{id}", other).with(users.as(f.officerA)))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/suppliers/{id}", other).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("version", 0))))
                .andExpect(status().isNotFound());
    }

    @Test
    void statsCountSuppliersRecordedOnOrBeforeTheDateByRegion() throws Exception {
        // a unit of our own so that other tests' suppliers do not count
        UUID unit = users.unit(users.rootUnit(), "Stats", io.vigil.identity.OrgUnitType.SITE);
        UUID officer = users.user("stats", io.vigil.identity.Role.PROCUREMENT_OFFICER, unit, true);
        Map<String, Object> a = f.mainland("s1", unit);
        a.put("registeredOn", "2022-12-31");
        f.create(officer, a);
        Map<String, Object> b = f.mainland("s2", unit);
        b.put("registeredOn", "2023-12-31");
        f.create(officer, b);
        Map<String, Object> c = f.mainland("s3", unit);
        c.put("country", "MO");
        c.remove("creditCode");
        c.put("registrationNumber", "MO-" + f.tag);
        c.put("registeredOn", "2023-06-30");
        c.put("categories", List.of("SOFTWARE", "IT_EQUIPMENT"));
        f.create(officer, c);
        Map<String, Object> d = f.mainland("s4", unit);
        d.put("registeredOn", "2024-01-01");
        f.create(officer, d);

        mvc.perform(get("/api/v1/suppliers/stats").param("asOf", "2023-12-31").with(users.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.byRegion.MAINLAND").value(2))
                .andExpect(jsonPath("$.byRegion.HKMT").value(1))
                .andExpect(jsonPath("$.byRegion.OVERSEAS").value(0))
                .andExpect(jsonPath("$.byStatus.PROSPECT").value(3))
                .andExpect(jsonPath("$.byStatus.BLACKLISTED").value(0))
                .andExpect(jsonPath("$.byCategory.IT_EQUIPMENT").value(3))
                .andExpect(jsonPath("$.byCategory.SOFTWARE").value(1));
        mvc.perform(get("/api/v1/suppliers/stats").param("asOf", "2022-12-31").with(users.as(officer)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/suppliers/stats").param("asOf", "31.12.2023").with(users.as(officer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportWritesTheImportLayout() throws Exception {
        f.create("e");
        String csv = mvc.perform(get("/api/v1/suppliers/export").param("q", f.tag).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,name_en,credit_code,country,categories,contact_name,contact_email,"
                + "contact_phone,registered_on");
        assertThat(csv).contains("测试供应商" + f.tag + "e");
    }
}
