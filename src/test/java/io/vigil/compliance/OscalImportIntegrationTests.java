package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
class OscalImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    UUID manager;
    UUID reader;

    @BeforeEach
    void setUp() {
        manager = users.user("cmp-mgr", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        reader = users.user("cmp-aud", Role.AUDITOR, users.rootUnit(), true);
    }

    private ResultActions upload(Path file, UUID as) throws Exception {
        return mvc.perform(multipart("/api/v1/frameworks/import")
                .file(new MockMultipartFile("file", file.getFileName().toString(), "application/json",
                        Files.readAllBytes(file)))
                .with(users.as(as)));
    }

    @Test
    void nistCatalogAndItsBaselineProfilesImportWithThePublishedCounts() throws Exception {
        String body = upload(SharedData.nist("NIST_SP-800-53_rev5_catalog.json"), manager)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.groups").value(20))
                .andExpect(jsonPath("$.controls").value(1189))
                .andExpect(jsonPath("$.withdrawn").value(182))
                .andReturn().getResponse().getContentAsString();
        String catalogId = JsonPath.read(body, "$.id");
        assertThat((String) JsonPath.read(body, "$.title")).contains("800-53");

        for (var baseline : List.of(new Object[] {"LOW", 149}, new Object[] {"MODERATE", 287},
                new Object[] {"HIGH", 370}, new Object[] {"PRIVACY", 96})) {
            upload(SharedData.nist("NIST_SP-800-53_rev5_" + baseline[0] + "-baseline_profile.json"), manager)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.controls").value(baseline[1]));
        }

        // importing the catalog again upgrades the same framework instead of adding one
        upload(SharedData.nist("NIST_SP-800-53_rev5_catalog.json"), manager)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(catalogId));

        mvc.perform(get("/api/v1/frameworks").param("size", "200").with(users.as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'ISO27001')].requirementCount").value(116))
                .andExpect(jsonPath("$.items[?(@.id == '" + catalogId + "')].requirementCount").value(1189 - 182));
        mvc.perform(get("/api/v1/frameworks/{id}/oscal", catalogId).with(users.as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalog.groups.length()").value(20))
                .andExpect(jsonPath("$.catalog.groups[0].controls[0].id").value("ac-1"));
    }

    @Test
    void smallExampleCatalogImportsAndIsExportedBackAsOscal() throws Exception {
        String body = upload(SharedData.file("oscal/basic-catalog.json"), manager)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int controls = JsonPath.read(body, "$.controls");
        assertThat(controls).isPositive();
    }

    @Test
    void aFileThatIsNotOscalIsRefusedWithAReasonAndNothingStored() throws Exception {
        mvc.perform(multipart("/api/v1/frameworks/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "{\"foo\": 1}".getBytes()))
                        .with(users.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("oscal-invalid")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("catalog")));
        mvc.perform(multipart("/api/v1/frameworks/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "{\"catalog\": [".getBytes()))
                        .with(users.as(manager)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void readersCannotImport() throws Exception {
        upload(SharedData.file("oscal/basic-catalog.json"), reader).andExpect(status().isForbidden());
    }
}
