package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@VigilIntegrationTest
class SupplierReviewScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    String page(UUID user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void api(UUID user, String path, Object body, Object... vars) throws Exception {
        mvc.perform(post(path, vars).with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void theReviewWorkflowRunsThroughTheScreens() throws Exception {
        UUID supplier = f.create("scr");
        api(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "ok"), supplier);
        mvc.perform(post("/suppliers/{id}/reviews", supplier).param("period", "2026-H2").with(csrf())
                .with(users.as(f.officerA))).andExpect(status().is3xxRedirection());
        String review = JsonPath.read(mvc.perform(get("/api/v1/suppliers/{id}/reviews", supplier)
                .with(users.as(f.officerA))).andReturn().getResponse().getContentAsString(), "$[0].id");

        assertThat(page(f.officerA, get("/suppliers/reviews/{id}", review))).contains("declaration-form")
                .doesNotContain("score-form").contains("Why this score");
        mvc.perform(post("/suppliers/reviews/{id}/declaration", review).param("conflict", "false").with(csrf())
                .with(users.as(f.officerA))).andExpect(redirectedUrl("/suppliers/reviews/" + review));
        assertThat(page(f.officerA, get("/suppliers/reviews/{id}", review))).contains("score-form")
                .doesNotContain("declaration-form");
        mvc.perform(post("/suppliers/reviews/{id}/scores", review).param("score_PRODUCT_QUALITY", "150").with(csrf())
                .with(users.as(f.officerA))).andExpect(flash().attribute("reviewErrorField", "scores.PRODUCT_QUALITY"));
        mvc.perform(post("/suppliers/reviews/{id}/scores", review).param("score_PRODUCT_QUALITY", "82")
                .param("score_SERVICE_AWARENESS", "78").with(csrf()).with(users.as(f.officerA)))
                .andExpect(flash().attribute("reviewMessage", "supplier.review.scored"));
        mvc.perform(post("/suppliers/reviews/{id}/complete", review).with(csrf()).with(users.as(f.officerA)))
                .andExpect(flash().attribute("reviewMessage", "supplier.review.completedMessage"));
        String completed = page(f.managerA, get("/suppliers/reviews/{id}", review));
        assertThat(completed).contains("confirm-form").contains("80.3").contains("no data");

        assertThat(page(f.readerA, get("/suppliers/{id}", supplier).param("tab", "reviews"))).contains("supplier-reviews")
                .contains("2026-H2");
        assertThat(page(f.readerA, get("/suppliers/{id}", supplier).param("tab", "rectification")))
                .contains("No rectification plans");
        assertThat(page(f.readerA, get("/suppliers/reviews").param("q", f.tag))).contains("review-table")
                .contains("2026-H2");
        assertThat(page(f.readerA, get("/suppliers/reviews").param("q", "none-" + f.tag))).contains("review-empty");
        assertThat(page(f.readerA, get("/suppliers/ranking").param("category", "IT_EQUIPMENT")))
                .contains("ranking-table");
        mvc.perform(get("/suppliers/reviews/{id}", review).with(users.as(f.officerB))).andExpect(status().isNotFound());
    }

    @Test
    void rectificationScreensAndThePortalSectionInChinese() throws Exception {
        UUID supplier = f.create("rscr");
        api(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "ok"), supplier);
        api(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "RECTIFYING", "reason", "Late deliveries"),
                supplier);
        String plan = JsonPath.read(mvc.perform(get("/api/v1/suppliers/{id}/rectification-plans", supplier)
                .with(users.as(f.officerA))).andReturn().getResponse().getContentAsString(), "$[0].id");
        mvc.perform(post("/suppliers/rectification-plans/{id}/actions", plan).param("title", "Add a second courier")
                .param("deadline", "2099-03-01").with(csrf()).with(users.as(f.officerA)))
                .andExpect(flash().attribute("planMessage", "supplier.rectification.saved"));
        mvc.perform(post("/suppliers/rectification-plans/{id}/actions", plan).param("title", "")
                .with(csrf()).with(users.as(f.officerA))).andExpect(flash().attribute("planErrorField", "title"));
        assertThat(page(f.managerA, get("/suppliers/rectification-plans/{id}", plan))).contains("Add a second courier")
                .contains("Late deliveries").contains("verify-form");

        UUID contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        api(f.officerA, "/api/v1/suppliers/{id}/portal-users", Map.of("userId", contact.toString()), supplier);
        preferences.changeLanguage(contact, "zh-CN");
        assertThat(page(contact, get("/portal"))).contains("portal-rectification-link").contains("整改计划");
        String portal = page(contact, get("/portal/rectification"));
        assertThat(portal).contains("Add a second courier").contains("发送答复").contains("Late deliveries");
        preferences.changeLanguage(f.readerA, "zh-CN");
        assertThat(page(f.readerA, get("/suppliers/{id}", supplier).param("tab", "rectification"))).contains("整改")
                .contains("进行中");
        assertThat(page(f.readerA, get("/suppliers/reviews"))).contains("供应商评审");
    }
}
