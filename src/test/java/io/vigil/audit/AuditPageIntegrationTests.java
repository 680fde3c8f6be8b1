package io.vigil.audit;

import static io.vigil.audit.AuditTestSupport.probe;
import static io.vigil.audit.AuditTestSupport.publishInTransaction;
import static io.vigil.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

@VigilIntegrationTest
class AuditPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TemplateEngine templates;

    UUID auditor;
    String record;

    @BeforeEach
    void anEvent() {
        auditor = testUsers.user("auditor", Role.AUDITOR, testUsers.rootUnit(), true);
        record = unique("policy");
        publishInTransaction(tx, events, probe("PUBLISHED", "Policy", record, testUsers.rootUnit()));
    }

    @Test
    void pageListsFilteredEventsWithExportLinkAndVerifyButton() throws Exception {
        mvc.perform(get("/audit").param("entityId", record).with(testUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PUBLISHED " + record)))
                .andExpect(content().string(containsString("id=\"verify-chain\"")))
                .andExpect(content().string(containsString("/audit/export?entityId=" + record)))
                .andExpect(content().string(containsString("<label class=\"form-label small\" for=\"entityType\"")));
    }

    @Test
    void pageIsInChineseForChineseReaders() throws Exception {
        jdbc.update("UPDATE user_account SET locale = 'zh-CN' WHERE id = ?", auditor);
        mvc.perform(get("/audit").param("entityId", record).with(testUsers.as(auditor)))
                .andExpect(content().string(containsString("校验哈希链")));
    }

    @Test
    void invalidDateShowsAFieldErrorAndListsNothing() throws Exception {
        mvc.perform(get("/audit").param("entityId", record).param("from", "28/11/2026").with(testUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the start date as YYYY-MM-DD.")))
                .andExpect(content().string(not(containsString("PUBLISHED " + record))));
        mvc.perform(get("/audit").param("from", "2026-02-01").param("to", "2026-01-01").with(testUsers.as(auditor)))
                .andExpect(content().string(containsString("The start date must not be after the end date.")));
    }

    @Test
    void verifyButtonAnswersAFragmentForHtmxAndAPageOtherwise() throws Exception {
        mvc.perform(get("/audit/verify").header("HX-Request", "true").with(testUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact.")))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(get("/audit/verify").with(testUsers.as(auditor)))
                .andExpect(content().string(containsString("The chain is intact.")))
                .andExpect(content().string(containsString("<nav")));
    }

    @Test
    void exportFromThePageIsCsv() throws Exception {
        mvc.perform(get("/audit/export").param("entityId", record).with(testUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("PUBLISHED " + record)));
    }

    @Test
    void pageIsForbiddenWithoutAuditRead() throws Exception {
        UUID employee = testUsers.user("employee", Role.EMPLOYEE, testUsers.rootUnit(), true);
        mvc.perform(get("/audit").with(testUsers.as(employee))).andExpect(status().isForbidden());
    }

    @Test
    void historyFragmentShowsChangedFieldsBeforeAndAfter() {
        publishInTransaction(tx, events, AuditableEvent.change("UPDATED", "Policy", record, null, "Owner changed",
                Map.of("owner", "alice"), Map.of("owner", "bob")));
        List<AuditEntry> entries = history.historyOf("Policy", record);
        Context context = new Context();
        context.setVariable("entries", entries);

        String html = templates.process("audit/history", Set.of("history"), context);

        assertThat(html).contains("Owner changed").contains("alice").contains("bob").contains("PUBLISHED")
                .contains(entries.get(0).atUtc());
        assertThat(html.indexOf("Owner changed")).isLessThan(html.indexOf("PUBLISHED " + record));
    }
}
