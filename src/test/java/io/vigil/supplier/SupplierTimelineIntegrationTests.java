package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.audit.AuditHistory;
import io.vigil.identity.internal.Preferences;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
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
class SupplierTimelineIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    UUID supplier;
    UUID other;

    @BeforeEach
    void setUp() throws Exception {
        f = new SupplierFixtures(users, mvc);
        supplier = f.create("tl");
        other = f.create("tl-other");
        addDocument(supplier, "BUSINESS_LICENCE", "LIC-" + f.tag);
        addDocument(other, "ISO9001", "OTHER-" + f.tag);
        mvc.perform(post("/api/v1/suppliers/{id}/access-cases", supplier).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("kind", "STANDARD"))))
                .andExpect(status().isCreated());
    }

    void addDocument(UUID id, String type, String number) throws Exception {
        mvc.perform(post("/api/v1/suppliers/{id}/documents", id).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("type", type, "number", number,
                        "issuer", "上海市市场监督管理局", "validFrom", "2024-01-01"))))
                .andExpect(status().isCreated());
    }

    @Test
    void theTimelineHoldsTheSuppliersOwnEventsAndThoseOfItsRecordsNewestFirst() throws Exception {
        String body = mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items[0].kind").value("ACCESS"))
                .andExpect(jsonPath("$.items[0].action").value("OPENED"))
                .andExpect(jsonPath("$.items[1].kind").value("DOCUMENT"))
                .andExpect(jsonPath("$.items[2].kind").value("PROFILE"))
                .andExpect(jsonPath("$.items[2].action").value("CREATED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("LIC-" + f.tag).doesNotContain("OTHER-" + f.tag);
        List<Integer> seqs = JsonPath.read(body, "$.items[*].seq");
        assertThat(seqs).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void questionnairesSentToTheSupplierAppearOnItsTimeline() throws Exception {
        String templates = mvc.perform(get("/api/v1/questionnaire-templates").param("size", "100")
                .with(users.as(f.officerA))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> published = JsonPath.read(templates, "$.items[?(@.status == 'PUBLISHED')].id");
        mvc.perform(post("/api/v1/suppliers/{id}/questionnaires", supplier).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("templateId", published.get(0),
                                "dueDate", java.time.LocalDate.now().plusDays(14).toString()))))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).param("kind", "QUESTIONNAIRE")
                        .with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].action").value("SENT"));
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", other).param("kind", "QUESTIONNAIRE")
                        .with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aDocumentEventNamesItsSupplierAsRelatedRecord() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("SELECT related_type, related_id FROM audit_event "
                + "WHERE entity_type = 'SupplierDocument' AND summary LIKE ?", "%LIC-" + f.tag + "%");
        assertThat(row).containsEntry("related_type", "Supplier").containsEntry("related_id", supplier.toString());
    }

    @Test
    void kindFilterAndPagingNarrowTheTimeline() throws Exception {
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).param("kind", "DOCUMENT").with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].entityType").value("SupplierDocument"));
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).param("size", "2").param("page", "1")
                        .with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("PROFILE"));
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).param("kind", "NOPE").with(users.as(f.readerA)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).param("kind", "OTHER").with(users.as(f.readerA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DOCUMENT")));
    }

    @Test
    void anotherUnitsSupplierTimelineIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", supplier).with(users.as(f.officerB)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/suppliers/{id}/timeline", supplier).with(users.as(f.officerB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void eventsFiledUnderAnotherUnitAreLeftOutOfTheTimeline() {
        // a record of unit B that names this supplier (e.g. a sourcing event run by unit B)
        tx(() -> publisher.publishEvent(io.vigil.shared.audit.AuditableEvent.of("SUPPLIER_INVITED",
                "SupplierSourcingEvent", UUID.randomUUID(), f.unitB, "Invited by B " + f.tag)
                .relatedTo("Supplier", supplier)));
        assertThat(history.timelineOf("Supplier", supplier.toString(), List.of(),
                new io.vigil.shared.security.VisibleUnits(java.util.Set.of(f.unitA)),
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .noneMatch(e -> e.summary().contains("Invited by B"));
        assertThat(history.timelineOf("Supplier", supplier.toString(), List.of(),
                new io.vigil.shared.security.VisibleUnits(java.util.Set.of(f.unitA, f.unitB)),
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .anyMatch(e -> e.summary().contains("Invited by B") && "SupplierSourcingEvent".equals(e.entityType()));
    }

    @Test
    void theTimelinePageGroupsByDayAndSpeaksChinese() throws Exception {
        preferences.changeLanguage(f.readerA, "zh-CN");
        String html = mvc.perform(get("/suppliers/{id}/timeline", supplier).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("的时间线").contains("准入案例").contains("案例已开启").contains("LIC-" + f.tag)
                .contains("id=\"day-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"")
                .doesNotContain("OTHER-" + f.tag);
        String filtered = mvc.perform(get("/suppliers/{id}/timeline", supplier).param("kind", "PORTAL")
                        .with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(filtered).contains("timeline-empty").contains("该供应商没有此类记录。");
        assertThat(mvc.perform(get("/suppliers/{id}", supplier).with(users.as(f.readerA))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/suppliers/" + supplier + "/timeline");
    }

    @Autowired
    AuditHistory history;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    void tx(Runnable work) {
        transactions.executeWithoutResult(s -> work.run());
    }
}
