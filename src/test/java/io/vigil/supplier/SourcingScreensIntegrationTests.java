package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The sourcing and contract screens: every tab renders, in Chinese too, and the forms drive the workflow. */
@VigilIntegrationTest
class SourcingScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    SupplierFixtures f;
    UUID member;
    UUID supplier;
    String event;

    @BeforeEach
    void setUp() throws Exception {
        f = new SupplierFixtures(users, mvc);
        member = users.user("panel", Role.PROCUREMENT_OFFICER, f.unitA, true);
        supplier = f.create("scr");
        call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "ok"), supplier)
                .andExpect(status().isOk());
        event = JsonPath.read(call(f.officerA, "/api/v1/sourcing-events", Map.of("title", "机房 UPS 更换 " + f.tag,
                "kind", "RFQ", "category", "IT_EQUIPMENT", "budget", 300000, "orgUnitId", f.unitA.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    String page(UUID user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions form(UUID user, String path, Map<String, String> params) throws Exception {
        var request = post(path).with(users.as(user)).with(csrf());
        params.forEach(request::param);
        return mvc.perform(request);
    }

    @Test
    void theFormsDriveAnEventFromInvitationToAwardAndEveryTabRendersInChinese() throws Exception {
        assertThat(page(f.officerA, get("/sourcing/{id}", event).param("tab", "invitations")))
                .contains("pool-picker").contains(supplier.toString());
        form(f.officerA, "/sourcing/" + event + "/invite", Map.of("supplierId", supplier.toString()))
                .andExpect(redirectedUrlPattern("/sourcing/*?tab=invitations"));
        form(f.officerA, "/sourcing/" + event + "/panel", Map.of("username", users.username(member)))
                .andExpect(redirectedUrlPattern("/sourcing/*?tab=panel"));
        form(f.officerA, "/sourcing/" + event + "/transition", Map.of("to", "OPEN"));
        form(f.officerA, "/sourcing/" + event + "/bids", Map.of("supplierId", supplier.toString(), "amount", "288000.50"));
        form(f.officerA, "/sourcing/" + event + "/transition", Map.of("to", "EVALUATION"));

        // the undeclared member sees no bid on the page either
        assertThat(page(member, get("/sourcing/{id}", event).param("tab", "bids"))).contains("bids-hidden")
                .doesNotContain("288,000.50");
        assertThat(page(member, get("/sourcing/{id}", event).param("tab", "history"))).doesNotContain("BID_SUBMITTED");
        assertThat(page(member, get("/sourcing/{id}", event).param("tab", "panel"))).contains("declaration-form");
        form(member, "/sourcing/" + event + "/declaration", Map.of("note", "无利益关系"));
        String bids = page(member, get("/sourcing/{id}", event).param("tab", "bids"));
        assertThat(bids).contains("288,000.50").contains("score-form");
        String bidId = JsonPath.read(mvc.perform(get("/api/v1/sourcing-events/{id}/bids", event)
                .with(users.as(member))).andReturn().getResponse().getContentAsString(), "$[0].id");
        form(member, "/sourcing/" + event + "/bids/" + bidId + "/score", Map.of("score", "88"));

        // an illegal move from the page shows the allowed ones, in the user's language
        preferences.changeLanguage(f.officerA, "zh-CN");
        form(f.officerA, "/sourcing/" + event + "/transition", Map.of("to", "CLOSED"));
        String ranking = page(f.officerA, get("/sourcing/{id}", event).param("tab", "ranking"));
        assertThat(ranking).contains("评审已完成").contains("计算过程").contains("award-form")
                .contains("40 × 288000.50 / 288000.50 = 40.00");
        form(f.officerA, "/sourcing/" + event + "/award", Map.of("bidId", bidId, "justification", "唯一合格报价"))
                .andExpect(redirectedUrlPattern("/sourcing/*?tab=overview"));

        String overview = page(f.officerA, get("/sourcing/{id}", event));
        assertThat(overview).contains("已授标").contains("唯一合格报价").contains("状态变更").contains("询价");
        assertThat(page(f.officerA, get("/sourcing/{id}", event).param("tab", "panel"))).contains("声明无利益冲突");
        assertThat(page(f.officerA, get("/sourcing/{id}", event).param("tab", "history"))).contains("AWARDED");
        assertThat(page(f.officerA, get("/sourcing").param("q", f.tag))).contains("寻源活动").contains("机房 UPS 更换");
        assertThat(page(f.officerA, get("/sourcing/new"))).contains("新建寻源活动").contains("价格权重");
    }

    @Test
    void aBadNewEventFormShowsTheMessagesUnderTheFields() throws Exception {
        String html = mvc.perform(post("/sourcing/new").with(users.as(f.officerA)).with(csrf()).param("title", "")
                        .param("kind", "RFQ").param("budget", "abc").param("priceWeight", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("is-invalid").contains("sourcing-form");
        form(f.officerA, "/sourcing/new", Map.of("title", "Racks " + f.tag, "kind", "TENDER", "category", "IT_EQUIPMENT",
                "budget", "80000", "currency", "CNY", "priceWeight", "30"))
                .andExpect(redirectedUrlPattern("/sourcing/*"));
    }

    @Test
    void contractScreensRenderInChineseAndTheSupplierPageListsItsContracts() throws Exception {
        String created = JsonPath.read(call(f.officerA, "/api/v1/contracts", Map.of("number", "HT-" + f.tag,
                "title", "UPS 维保", "supplierId", supplier.toString(), "value", 50000, "startDate", "2026-01-01",
                "endDate", "2028-12-31")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        preferences.changeLanguage(f.readerA, "zh-CN");
        assertThat(page(f.readerA, get("/contracts").param("q", f.tag))).contains("合同").contains("HT-" + f.tag)
                .contains("生效中");
        assertThat(page(f.readerA, get("/contracts/{id}", created))).contains("UPS 维保").contains("结束日期");
        assertThat(page(f.readerA, get("/suppliers/{id}/contracts-section", supplier))).contains("HT-" + f.tag);
        assertThat(page(f.readerA, get("/contracts").param("q", "none-" + f.tag))).contains("没有符合筛选条件的合同。");
        assertThat(page(f.officerA, get("/contracts/new").param("supplierId", supplier.toString())))
                .contains("contract-form");
        form(f.officerA, "/contracts/new", Map.of("number", "HT2-" + f.tag, "title", "t", "supplierId",
                supplier.toString(), "value", "10", "currency", "CNY", "startDate", "2026-01-01", "endDate",
                "2026-12-31", "status", "ACTIVE")).andExpect(redirectedUrlPattern("/contracts/*"));
        mvc.perform(get("/contracts/{id}", created).with(users.as(f.officerB))).andExpect(status().isNotFound());
        assertThat(List.of(page(f.officerA, get("/contracts/export").param("format", "csv")))).isNotEmpty();
    }
}
