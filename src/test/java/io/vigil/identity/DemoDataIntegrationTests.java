package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.shared.security.DataScope;
import io.vigil.support.VigilIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class DemoDataIntegrationTests {

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDirectory users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    DataScope scope;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demoProfileBuildsTheOrgTree() {
        OrgUnitView cloud = orgUnits.findByCode("CLOUD").orElseThrow();
        OrgUnitView beijing = orgUnits.findByCode("DC-BJ").orElseThrow();
        assertThat(cloud.type()).isEqualTo(OrgUnitType.BUSINESS_UNIT);
        assertThat(cloud.nameZh()).isEqualTo("云服务事业部");
        assertThat(beijing.parentId()).isEqualTo(cloud.id());
        assertThat(orgUnits.findByCode("DC-BJ-OPS").orElseThrow().parentId()).isEqualTo(beijing.id());
        assertThat(orgUnits.findByCode("SEC").orElseThrow().parentId())
                .isEqualTo(orgUnits.findByCode("GROUP").orElseThrow().id());
        for (String code : new String[] {"DC-SH", "DC-GZ", "ITOPS", "PROC", "LEGAL", "HR", "FIN", "DC-SH-OPS",
                "DC-GZ-OPS", "CLOUD-OPS"}) {
            assertThat(orgUnits.findByCode(code)).as(code).isPresent();
        }
    }

    @Test
    void oneUserPerRoleCanSignInWithTheDemoPassword() throws Exception {
        for (String username : new String[] {"ciso", "secofficer", "compliance", "auditor", "dpo", "procmanager",
                "procofficer", "committee", "employee", "supplier"}) {
            assertThat(users.findByUsername(username)).as(username).isPresent();
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"ciso\",\"password\":\"Vigil-Demo-2026!\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void theSecurityOfficerSeesBeijingOnly() {
        actAs("secofficer");
        assertThat(scope.canAccess("risk:read", orgUnits.findByCode("DC-BJ-OPS").orElseThrow().id())).isTrue();
        assertThat(scope.canAccess("risk:read", orgUnits.findByCode("DC-SH").orElseThrow().id())).isFalse();
    }

    private void actAs(String username) {
        UserDetails principal = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
