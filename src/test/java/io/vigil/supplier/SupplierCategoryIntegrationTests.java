package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class SupplierCategoryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    String code;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
        code = "FITOUT_" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    @Test
    void aManagerAddsACategoryWithRequiredDocumentsAndSuppliersCanBeGivenIt() throws Exception {
        createCategory(List.of("BUSINESS_LICENCE", "ISO45001"));

        mvc.perform(get("/api/v1/supplier-categories").with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].requiredDocuments[0]").value("BUSINESS_LICENCE"))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].active").value(true));

        UUID supplier = supplierIn(code);
        // it has neither required document yet, so it is flagged
        mvc.perform(get("/api/v1/suppliers/{id}/documents", supplier).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.lapsedRequired").value(org.hamcrest.Matchers.contains("BUSINESS_LICENCE",
                        "ISO45001")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupplierCategory' "
                + "AND entity_id = ? AND action = 'CREATED'", Long.class, code)).isEqualTo(1L);
    }

    @Test
    void aDeactivatedCategoryStaysOnItsSuppliersButIsGivenToNoNewOne() throws Exception {
        createCategory(List.of());
        UUID existing = supplierIn(code);

        mvc.perform(put("/api/v1/supplier-categories/{code}", code).with(users.as(f.managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("nameEn", "Fit-out", "nameZh", "装修", "active", false))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.suppliers").value(1));

        Map<String, Object> body = f.mainland("new", f.unitA);
        body.put("categories", List.of(code));
        mvc.perform(post("/api/v1/suppliers").with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("categories"));

        mvc.perform(patch("/api/v1/suppliers/{id}", existing).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("website", "https://fitout.example", "version", 0))))
                .andExpect(status().isOk());
    }

    @Test
    void badInputNamesTheFieldAndATakenCodeIsAConflict() throws Exception {
        mvc.perform(post("/api/v1/supplier-categories").with(users.as(f.managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("code", "bad code", "nameEn", "", "nameZh", "名称",
                                "requiredDocuments", List.of("PASSPORT")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "code", "nameEn", "requiredDocuments")));

        createCategory(List.of());
        mvc.perform(post("/api/v1/supplier-categories").with(users.as(f.managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("code", code, "nameEn", "Again", "nameZh", "重复"))))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyHoldersOfSupplierApproveChangeCategories() throws Exception {
        mvc.perform(post("/api/v1/supplier-categories").with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("code", code, "nameEn", "Fit-out", "nameZh", "装修"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_category WHERE code = ?", Long.class, code))
                .isZero();
    }

    @Test
    void theScreenListsCategoriesAndShowsFormErrorsInline() throws Exception {
        String html = mvc.perform(get("/suppliers/categories").with(users.as(f.readerA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("IT_EQUIPMENT").contains("Business licence").doesNotContain("category-form");

        html = mvc.perform(post("/suppliers/categories").with(users.as(f.managerA)).with(csrf())
                        .param("code", "x").param("nameEn", "Fit-out").param("nameZh", "装修"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("is-invalid").contains("upper-case letters");

        mvc.perform(post("/suppliers/categories").with(users.as(f.managerA)).with(csrf())
                        .param("code", code).param("nameEn", "Fit-out").param("nameZh", "装修")
                        .param("requiredDocuments", "NDA").param("active", "true"))
                .andExpect(redirectedUrl("/suppliers/categories"));
        assertThat(jdbc.queryForList("SELECT doc_type FROM supplier_required_document WHERE category = ?",
                String.class, code)).containsExactly("NDA");
    }

    private void createCategory(List<String> requiredDocuments) throws Exception {
        mvc.perform(post("/api/v1/supplier-categories").with(users.as(f.managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("code", code, "nameEn", "Data-centre fit-out", "nameZh", "数据中心装修",
                                "requiredDocuments", requiredDocuments))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code));
    }

    private UUID supplierIn(String category) throws Exception {
        Map<String, Object> body = f.mainland(category, f.unitA);
        body.put("categories", List.of(category));
        return f.create(f.officerA, body);
    }
}
