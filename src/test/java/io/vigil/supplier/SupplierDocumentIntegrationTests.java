package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.supplier.internal.SupplierDocumentReminderJob;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class SupplierDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SupplierDocumentReminderJob job;

    SupplierFixtures f;
    UUID supplier;

    @BeforeEach
    void setUp() throws Exception {
        clock.setDate(LocalDate.of(2026, 3, 2));
        f = new SupplierFixtures(users, mvc);
        supplier = f.create("doc");
    }

    ResultActions add(String type, String validFrom, String validTo) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("number", "N-" + f.tag + "-" + type);
        body.put("issuer", "上海市市场监督管理局");
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return mvc.perform(post("/api/v1/suppliers/{id}/documents", supplier).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)));
    }

    @Test
    void aSupplierIsFlaggedUntilItsCategorysRequiredDocumentsAreValid() throws Exception {
        mvc.perform(get("/api/v1/suppliers/{id}/documents", supplier).with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.required", Matchers.contains("BUSINESS_LICENCE", "ISO9001")))
                .andExpect(jsonPath("$.flagged").value(true));
        add("BUSINESS_LICENCE", "2020-01-01", null).andExpect(status().isCreated());
        add("ISO9001", "2024-01-01", "2026-04-01").andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(false))
                .andExpect(jsonPath("$.lapsedRequired").isEmpty());

        clock.setDate(LocalDate.of(2026, 4, 2));
        mvc.perform(get("/api/v1/suppliers/{id}/documents", supplier).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.lapsedRequired", Matchers.contains("ISO9001")));
        String html = mvc.perform(get("/suppliers/{id}", supplier).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"documents-flag\"").contains("ISO9001");
        String list = mvc.perform(get("/suppliers").param("q", f.tag).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("document-flag");
    }

    @Test
    void aReminderTaskOpensThirtyDaysBeforeExpiryOnlyOnce() throws Exception {
        String response = add("ISO9001", "2024-01-01", "2026-05-15").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String docId = JsonPath.<List<String>>read(response, "$.documents[*].id").get(0);

        clock.setDate(LocalDate.of(2026, 4, 14));
        job.run();
        assertThat(tasksFor(docId)).isZero();

        clock.setDate(LocalDate.of(2026, 4, 15));
        job.run();
        job.run();
        assertThat(tasksFor(docId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ?", LocalDate.class, docId))
                .isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void aSupplierWithValidRequiredDocumentsIsNotFlaggedInTheList() throws Exception {
        add("BUSINESS_LICENCE", "2020-01-01", null).andExpect(status().isCreated());
        add("ISO9001", "2024-01-01", "2027-01-01").andExpect(status().isCreated());
        String list = mvc.perform(get("/suppliers").param("q", f.tag).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(f.tag).doesNotContain("document-flag");
    }

    @Test
    void badDocumentInputNamesTheFieldAndWritersOnly() throws Exception {
        add("PASSPORT", "2026-01-01", "2025-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("type", "validTo")));
        mvc.perform(post("/api/v1/suppliers/{id}/documents", supplier).with(users.as(f.readerA))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_document WHERE supplier_id = ?",
                Integer.class, supplier)).isZero();
    }

    private Integer tasksFor(String docId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_module = 'supplier' AND related_id = ? "
                + "AND kind = 'SUPPLIER_DOCUMENT_EXPIRY'", Integer.class, docId);
    }
}
