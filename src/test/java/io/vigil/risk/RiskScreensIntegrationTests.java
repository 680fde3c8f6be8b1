package io.vigil.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnits;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class RiskScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    RiskFixtures f;

    @BeforeEach
    void setUp() {
        f = new RiskFixtures(users, mvc, orgUnits);
    }

    @Test
    void assetScreensRenderListDetailTabsFormAndImport() throws Exception {
        String id = f.createAsset(f.adminA, f.asset("scr", f.unitA));
        mvc.perform(get("/assets").param("q", f.code("scr")).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(f.code("scr"))));
        for (String tab : new String[] {"overview", "dependencies", "risks", "history"}) {
            mvc.perform(get("/assets/{id}", id).param("tab", tab).with(users.as(f.officerA)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Server " + f.tag)));
        }
        mvc.perform(get("/assets/{id}/edit", id).with(users.as(f.adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(f.code("scr"))));
        mvc.perform(get("/assets/import").with(users.as(f.adminA))).andExpect(status().isOk());
        mvc.perform(get("/assets/{id}", id).with(users.as(f.adminB))).andExpect(status().isNotFound());
    }

    @Test
    void assetFormCreatesAnAssetAndShowsFieldErrorsWithoutSaving() throws Exception {
        mvc.perform(post("/assets/new").with(users.as(f.adminA)).with(csrf())
                        .param("code", f.code("form")).param("name", "").param("type", "SERVER")
                        .param("orgUnitId", f.unitA.toString()).param("confidentiality", "3")
                        .param("integrity", "3").param("availability", "3").param("hostnames", "bad host!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Required.")))
                .andExpect(content().string(containsString("Not a valid hostname")));
        mvc.perform(post("/assets/new").with(users.as(f.adminA)).with(csrf())
                        .param("code", f.code("form")).param("name", "Form asset").param("type", "SERVER")
                        .param("orgUnitId", f.unitA.toString()).param("confidentiality", "3")
                        .param("integrity", "3").param("availability", "5").param("dataClassification", "CORE")
                        .param("personalInformation", "NONE").param("hostnames", "form-" + f.tag + ".example.cn"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets").param("q", f.code("form")).with(users.as(f.adminA)))
                .andExpect(content().string(containsString("Form asset")));
    }

    @Test
    void riskScreensRenderAndARefusedAcceptanceIsExplainedOnThePage() throws Exception {
        String id = f.createRisk(f.adminA, f.risk("Screen risk", f.unitA, 4, 4, f.officerA));
        mvc.perform(get("/risks").with(users.as(f.officerA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Screen risk " + f.tag)));
        mvc.perform(get("/risks/heatmap").with(users.as(f.officerA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("heatmap-residual")))
                .andExpect(content().string(containsString("likelihood=4&amp;impact=4")));
        mvc.perform(get("/risks").param("matrix", "inherent").param("likelihood", "4").param("impact", "4")
                        .with(users.as(f.officerA)))
                .andExpect(content().string(containsString("Screen risk " + f.tag)));
        for (String tab : new String[] {"overview", "treatment", "scores", "history"}) {
            mvc.perform(get("/risks/{id}", id).param("tab", tab).with(users.as(f.adminA))).andExpect(status().isOk());
        }
        mvc.perform(get("/risks/new").with(users.as(f.adminA))).andExpect(status().isOk());
        mvc.perform(get("/risks/{id}/edit", id).with(users.as(f.adminA))).andExpect(status().isOk());
        mvc.perform(post("/risks/{id}/accept", id).with(users.as(f.adminA)).with(csrf()).param("version", "0")
                        .param("justification", "Cheaper to live with"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", containsString("CISO")));
        mvc.perform(get("/risks/{id}", id).with(users.as(f.adminA)))
                .andExpect(content().string(not(containsString("id=\"accepted-by\""))));
    }

    @Test
    void riskFormRegistersARiskAgainstAnAsset() throws Exception {
        f.createAsset(f.adminA, f.asset("rf", f.unitA));
        mvc.perform(post("/risks/new").with(users.as(f.adminA)).with(csrf())
                        .param("title", "Form risk " + f.tag).param("orgUnitId", f.unitA.toString())
                        .param("threatCode", "T-UNA-05").param("vulnerability", "Flat network")
                        .param("inherentLikelihood", "3").param("inherentImpact", "5").param("residualLikelihood", "")
                        .param("residualImpact", "").param("ownerUsername", users.username(f.officerA))
                        .param("treatment", "MITIGATE").param("assetCodes", f.code("rf")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/risks").param("q", "form risk " + f.tag).with(users.as(f.adminA)))
                .andExpect(content().string(containsString("Form risk " + f.tag)));
    }
}
