package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
class SupplierPortalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    UUID own;
    UUID other;
    UUID contact;

    @BeforeEach
    void setUp() throws Exception {
        f = new SupplierFixtures(users, mvc);
        own = f.create("own");
        other = f.create("other");
        contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        link(f.officerA, own, contact).andExpect(status().isOk())
                .andExpect(jsonPath("$.supplierId").value(own.toString()));
    }

    ResultActions link(UUID actor, UUID supplier, UUID user) throws Exception {
        return mvc.perform(post("/api/v1/suppliers/{id}/portal-users", supplier).with(users.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("userId", user))));
    }

    @Test
    void aSupplierContactSeesOnlyTheirOwnCompany() throws Exception {
        mvc.perform(get("/api/v1/portal/supplier").with(users.as(contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(own.toString()))
                .andExpect(jsonPath("$.name").value(Matchers.endsWith("own")));
        mvc.perform(get("/api/v1/portal/suppliers/{id}", own).with(users.as(contact))).andExpect(status().isOk());
    }

    @Test
    void aSupplierContactCannotSeeAnotherSupplier() throws Exception {
        mvc.perform(get("/api/v1/portal/suppliers/{id}", other).with(users.as(contact)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/portal/suppliers/{id}", other).with(users.as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/suppliers/{id}", other).with(users.as(contact)))
                .andExpect(status().is(Matchers.oneOf(403, 404)));
        mvc.perform(get("/api/v1/suppliers/{id}", own).with(users.as(contact)))
                .andExpect(status().is(Matchers.oneOf(403, 404)));
        mvc.perform(get("/api/v1/suppliers").with(users.as(contact))).andExpect(status().isForbidden());
        mvc.perform(get("/suppliers/{id}", other).with(users.as(contact)))
                .andExpect(status().is(Matchers.oneOf(403, 404)));
    }

    @Test
    void thePortalScreenShowsTheOwnCompanyAndNotTheOther() throws Exception {
        String html = mvc.perform(get("/portal").with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("测试供应商" + f.tag + "own").doesNotContain("测试供应商" + f.tag + "other");
    }

    @Test
    void anUnlinkedContactHasNoCompanyAndStaffHaveNoPortal() throws Exception {
        UUID unlinked = users.user("contact-x", Role.SUPPLIER_CONTACT, f.unitA, false);
        mvc.perform(get("/api/v1/portal/supplier").with(users.as(unlinked))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/supplier").with(users.as(f.officerA))).andExpect(status().isForbidden());
    }

    @Test
    void linkingNeedsWriteRightsOnTheSupplierAndAnExistingUserAndIsAudited() throws Exception {
        link(f.officerB, own, contact).andExpect(status().is(Matchers.oneOf(403, 404)));
        link(f.readerA, own, contact).andExpect(status().isForbidden());
        link(f.officerA, own, UUID.randomUUID()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        link(f.officerA, other, contact).andExpect(status().isOk());
        mvc.perform(get("/api/v1/portal/supplier").with(users.as(contact)))
                .andExpect(jsonPath("$.id").value(other.toString()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = "
                + "'SupplierContactAccount' AND entity_id = ?", Integer.class, contact.toString())).isEqualTo(2);
    }
}
