package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTemplateService;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@VigilIntegrationTest
class QuestionnaireIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Preferences preferences;

    @Autowired
    QuestionnaireTemplateService templateService;

    SupplierFixtures f;
    UUID own;
    UUID other;
    UUID contact;
    UUID otherContact;
    String code;
    UUID template;

    @BeforeEach
    void setUp() throws Exception {
        f = new SupplierFixtures(users, mvc);
        own = f.create("own");
        other = f.create("other");
        contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        otherContact = users.user("contact-o", Role.SUPPLIER_CONTACT, f.unitA, false);
        link(own, contact);
        link(other, otherContact);
        code = "T" + f.tag.toUpperCase().replaceAll("[^A-Z0-9]", "X");
        template = id(mvc.perform(post("/api/v1/questionnaire-templates").with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(definition(code, "Test questionnaire")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1)));
        mvc.perform(post("/api/v1/questionnaire-templates/{id}/publish", template).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    static String definition(String code, String title) {
        return """
                {"code":"%s","title":{"en":"%s","zh":"测试问卷"},"sections":[{"key":"S","title":{"en":"Security","zh":"安全"},"questions":[
                 {"key":"Q1","type":"YES_NO","text":{"en":"Is data encrypted?","zh":"数据是否加密？"},"weight":2,"required":true,"redLine":{"accepted":["YES"]}},
                 {"key":"Q2","type":"SINGLE_CHOICE","text":{"en":"How often?","zh":"频率？"},"weight":1,"required":true,
                  "options":[{"value":"A","label":{"en":"Often","zh":"经常"},"points":2},{"value":"B","label":{"en":"Sometimes","zh":"有时"},"points":1},
                             {"value":"C","label":{"en":"Never","zh":"从不"},"points":0}]},
                 {"key":"Q3","type":"NUMBER","text":{"en":"Hours?","zh":"小时？"},"weight":1,"min":0,"bands":[{"max":24,"points":3},{"points":0}]},
                 {"key":"Q4","type":"TEXT","text":{"en":"Why?","zh":"原因？"}},
                 {"key":"Q5","type":"FILE","text":{"en":"Certificate","zh":"证书"}}]}]}
                """.formatted(code, title);
    }

    void link(UUID supplier, UUID user) throws Exception {
        mvc.perform(post("/api/v1/suppliers/{id}/portal-users", supplier).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("userId", user))))
                .andExpect(status().isOk());
    }

    static UUID id(ResultActions result) throws Exception {
        return UUID.fromString(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
    }

    ResultActions json(UUID actor, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return mvc.perform(request.with(users.as(actor)).contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)));
    }

    UUID send(UUID supplier) throws Exception {
        return id(json(f.officerA, post("/api/v1/suppliers/{id}/questionnaires", supplier),
                Map.of("templateId", template, "dueDate", LocalDate.now().plusDays(14).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SENT")));
    }

    ResultActions submit(UUID actor, UUID questionnaire, Map<String, Object> answers) throws Exception {
        return json(actor, post("/api/v1/portal/questionnaires/{id}/submit", questionnaire), Map.of("answers", answers));
    }

    @Test
    void aSupplierAnswersAndSubmitsAndTheOwnerReviewsWithTheScoreExplained() throws Exception {
        UUID q = send(own);
        mvc.perform(get("/api/v1/portal/questionnaires").with(users.as(contact)))
                .andExpect(jsonPath("$[?(@.id == '" + q + "')].state").value("SENT"));
        json(contact, put("/api/v1/portal/questionnaires/{id}/answers", q), Map.of("answers", Map.of("Q1", "YES")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.answers.Q1[0]").value("YES"));
        submit(contact, q, Map.of("Q1", "YES", "Q2", "B", "Q4", "We encrypt with AES-256."))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.score").doesNotExist());

        // (2 × 1 + 1 × 1/2) / 3: Q3 (optional, unanswered) is left out, Q4 (text) carries no points
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(83))
                .andExpect(jsonPath("$.redLineFailed").value(false))
                .andExpect(jsonPath("$.items[2].line.status").value("UNANSWERED"))
                .andExpect(jsonPath("$.items[3].line.status").value("UNSCORED"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_type = 'SupplierQuestionnaire' "
                + "AND related_id = ? AND status = 'OPEN'", Integer.class, q.toString())).isEqualTo(1);

        json(f.officerA, post("/api/v1/questionnaires/{id}/accept", q), Map.of("note", "Fine"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
        json(f.officerA, post("/api/v1/questionnaires/{id}/accept", q), Map.of())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.from").value("ACCEPTED")).andExpect(jsonPath("$.allowed").isEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ? AND status = 'OPEN'",
                Integer.class, q.toString())).isZero();
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE entity_type = 'SupplierQuestionnaire' "
                + "AND entity_id = ? ORDER BY seq", String.class, q.toString()))
                .containsExactly("SENT", "ANSWERS_SAVED", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void aRedLineAnswerFailsTheQuestionnaireWhateverItsScore() throws Exception {
        UUID q = send(own);
        submit(contact, q, Map.of("Q1", "NO", "Q2", "A", "Q3", 12)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.score").value(50)).andExpect(jsonPath("$.redLineFailed").value(true))
                .andExpect(jsonPath("$.failedRedLines[0]").value("Q1"));
        // the supplier is never told which question is a red line
        String portal = mvc.perform(get("/api/v1/portal/questionnaires/{id}", q).with(users.as(contact)))
                .andReturn().getResponse().getContentAsString();
        assertThat(portal).doesNotContain("redLine").doesNotContain("points").doesNotContain("weight");
        String html = mvc.perform(get("/portal/questionnaires/{id}", q).with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContainIgnoringCase("red line").contains("Is data encrypted?");
        assertThat(mvc.perform(get("/questionnaires/{id}", q).with(users.as(f.officerA))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"red-line\"").contains("Red line failed");
    }

    @Test
    void submitValidationNamesEachQuestion() throws Exception {
        UUID q = send(own);
        submit(contact, q, Map.of("Q2", "NOPE", "Q3", "many")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("answers.Q1", "answers.Q2", "answers.Q3")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("Q1")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("Is data encrypted?")));
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.state").value("SENT"));
        String html = mvc.perform(post("/portal/questionnaires/{id}", q).with(users.as(contact)).with(csrf())
                .param("action", "submit").param("a.Q2", "A")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"problem-Q1\"").contains("Question Q1 needs an answer");
    }

    @Test
    void illegalMovesAre409NamingTheAllowedOnesAndAReturnGoesBackToTheSupplier() throws Exception {
        UUID q = send(own);
        json(f.officerA, post("/api/v1/questionnaires/{id}/accept", q), Map.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("illegal-questionnaire-transition")))
                .andExpect(jsonPath("$.allowed", Matchers.contains("IN_PROGRESS", "SUBMITTED")));
        submit(contact, q, Map.of("Q1", "YES", "Q2", "A")).andExpect(status().isOk());
        json(contact, put("/api/v1/portal/questionnaires/{id}/answers", q), Map.of("answers", Map.of("Q2", "B")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.from").value("SUBMITTED"));
        json(f.officerA, post("/api/v1/questionnaires/{id}/return", q), Map.of("note", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        json(f.officerA, post("/api/v1/questionnaires/{id}/return", q), Map.of("note", "Which TLS version?"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
        mvc.perform(get("/api/v1/portal/questionnaires/{id}", q).with(users.as(contact)))
                .andExpect(jsonPath("$.reviewNote").value("Which TLS version?")).andExpect(jsonPath("$.editable").value(true));
        submit(contact, q, Map.of("Q1", "YES", "Q2", "A", "Q3", 4)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        json(f.readerA, post("/api/v1/questionnaires/{id}/accept", q), Map.of()).andExpect(status().isForbidden());
        json(f.officerB, post("/api/v1/questionnaires/{id}/accept", q), Map.of()).andExpect(status().isNotFound());
    }

    @Test
    void aContactCannotSeeOrAnswerAnotherSuppliersQuestionnaire() throws Exception {
        UUID q = send(own);
        mvc.perform(get("/api/v1/portal/questionnaires/{id}", q).with(users.as(otherContact)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        submit(otherContact, q, Map.of("Q1", "YES", "Q2", "A")).andExpect(status().isNotFound());
        json(otherContact, put("/api/v1/portal/questionnaires/{id}/answers", q), Map.of("answers", Map.of()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/questionnaires/{id}", q).with(users.as(otherContact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/questionnaires").with(users.as(otherContact)))
                .andExpect(jsonPath("$[?(@.id == '" + q + "')]").isEmpty());
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(contact))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.officerB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/suppliers/{id}/questionnaires", own).with(users.as(f.officerB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPublishedVersionIsImmutableAndSentQuestionnairesStayOnTheirVersion() throws Exception {
        UUID q = send(own);
        mvc.perform(put("/api/v1/questionnaire-templates/{id}", template).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(definition(code, "Changed")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(Matchers.endsWith("template-version-published")));
        mvc.perform(post("/api/v1/questionnaire-templates/{id}/publish", template).with(users.as(f.officerA)))
                .andExpect(status().isConflict());
        UUID v2 = id(mvc.perform(post("/api/v1/questionnaire-templates").with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(definition(code, "Second")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.status").value("DRAFT")));
        json(f.officerA, post("/api/v1/suppliers/{id}/questionnaires", own),
                Map.of("templateId", v2, "dueDate", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/questionnaire-templates/{id}/publish", v2).with(users.as(f.officerA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/questionnaire-templates/{id}", template).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.titleEn").value("Test questionnaire"));
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.templateVersion").value(1)).andExpect(jsonPath("$.titleEn").value("Test questionnaire"));
        mvc.perform(get("/api/v1/questionnaire-templates/{id}/versions", v2).with(users.as(f.readerA)))
                .andExpect(jsonPath("$[*].version", Matchers.contains(2, 1)));
        mvc.perform(post("/api/v1/questionnaire-templates").with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"x\",\"sections\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("code", "title", "sections")));
        mvc.perform(post("/api/v1/questionnaire-templates").with(users.as(f.readerA))
                .contentType(MediaType.APPLICATION_JSON).content(definition(code, "x"))).andExpect(status().isForbidden());
    }

    @Test
    void theShippedTemplatesAreLoadedOnceInBothLanguages() throws Exception {
        String list = mvc.perform(get("/api/v1/questionnaire-templates").param("size", "100").with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> infosec = JsonPath.read(list, "$.items[?(@.code == 'INFOSEC' && @.status == 'PUBLISHED')].questionCount");
        List<Integer> esg = JsonPath.read(list, "$.items[?(@.code == 'ESG' && @.status == 'PUBLISHED')].questionCount");
        assertThat(infosec).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(15, 25));
        assertThat(esg).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(15, 25));
        String json = new ClassPathResource("supplier/questionnaires/esg.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(templateService.loadShipped(json, "esg.json")).isFalse();
    }

    @Test
    void aFileAnswerIsUploadedInThePortalAndDownloadedByTheReviewer() throws Exception {
        UUID q = send(own);
        mvc.perform(multipart("/api/v1/portal/questionnaires/{id}/files", q).file(new MockMultipartFile("file",
                        "iso27001.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)))
                        .param("question", "Q5").with(users.as(contact)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers.Q5[1]").value("iso27001.pdf"));
        String answers = mvc.perform(get("/api/v1/questionnaires/{id}/answers", q).with(users.as(f.officerA)))
                .andReturn().getResponse().getContentAsString();
        String fileId = JsonPath.read(answers, "$.Q5[0]");
        mvc.perform(get("/questionnaires/{id}/files/{f}", q, fileId).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(content().string("%PDF-1.4 test"));
        mvc.perform(get("/portal/questionnaires/{id}/files/{f}", q, fileId).with(users.as(otherContact)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/portal/questionnaires/{id}/files", q).file(new MockMultipartFile("file",
                        "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                        .param("question", "Q1").with(users.as(contact)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("question"));
    }

    @Test
    void theScreensRenderInChinese() throws Exception {
        UUID q = send(own);
        submit(contact, q, Map.of("Q1", "YES", "Q2", "A")).andExpect(status().isOk());
        preferences.changeLanguage(f.officerA, "zh-CN");
        preferences.changeLanguage(contact, "zh-CN");
        String review = mvc.perform(get("/questionnaires/{id}", q).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("得分").contains("测试问卷").contains("数据是否加密？").contains("退回澄清");
        assertThat(mvc.perform(get("/suppliers/{id}/questionnaires", own).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("发送问卷").contains("已提交");
        assertThat(mvc.perform(get("/questionnaire-templates/{id}", template).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("版本历史").contains("红线");
        assertThat(mvc.perform(get("/questionnaire-templates").with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("信息安全与隐私保护");
        assertThat(mvc.perform(get("/portal/questionnaires/{id}", q).with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("此问卷已提交");
        assertThat(mvc.perform(get("/portal/questionnaires/fragment").with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("测试问卷");
    }

    @Test
    void thePortalFormSavesADraftAndSubmits() throws Exception {
        UUID q = send(own);
        mvc.perform(post("/portal/questionnaires/{id}", q).with(users.as(contact)).with(csrf())
                        .param("action", "save").param("a.Q1", "YES").param("a.Q3", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/portal/questionnaires/{id}", q).with(users.as(contact)).with(csrf())
                        .param("action", "submit").param("a.Q1", "YES").param("a.Q2", "C"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.state").value("SUBMITTED")).andExpect(jsonPath("$.score").value(67));
        mvc.perform(post("/questionnaires/{id}/return", q).with(users.as(f.officerA)).with(csrf()).param("note", "More please"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/questionnaires/{id}", q).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.state").value("RETURNED"));
    }
}
