package io.vigil.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@RecordApplicationEvents
class AssetApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssetInventory inventory;

    RiskFixtures f;

    @BeforeEach
    void setUp() {
        f = new RiskFixtures(users, mvc, orgUnits);
    }

    @Test
    void createdAssetDerivesItsCriticalityFromRatingsAndDataAndIsAudited() throws Exception {
        Map<String, Object> body = f.asset("crm", f.unitA);
        body.put("dataClassification", "IMPORTANT");
        body.put("personalInformation", "SENSITIVE");
        String id = f.createAsset(f.adminA, body);

        mvc.perform(get("/api/v1/assets/{id}", id).with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.criticality").value(4))
                .andExpect(jsonPath("$.orgUnitCode").value(f.codeA))
                .andExpect(jsonPath("$.hostnames[0]").value("srv-" + f.tag + "-crm.example.cn"));
        assertThat(events.stream(AuditableEvent.class)
                .filter(e -> e.action().equals("CREATED") && id.equals(e.entityId()))).singleElement()
                .satisfies(e -> assertThat(e.entityType()).isEqualTo("Asset"));
    }

    @Test
    void invalidValuesAreFieldErrorsAndNothingIsStored() throws Exception {
        Map<String, Object> body = f.asset("bad", f.unitA);
        body.put("confidentiality", 7);
        body.put("ipAddresses", List.of("999.1.1.1"));
        body.put("type", "SPACESHIP");
        mvc.perform(post("/api/v1/assets").with(users.as(f.adminA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("type")));
        body.put("type", "SERVER");
        mvc.perform(post("/api/v1/assets").with(users.as(f.adminA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("confidentiality")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("ipAddresses")));
        mvc.perform(get("/api/v1/assets").param("q", f.code("bad")).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void staleVersionIsAConflictAndOtherUnitsCannotSeeTheAsset() throws Exception {
        String id = f.createAsset(f.adminA, f.asset("lock", f.unitA));
        mvc.perform(patch("/api/v1/assets/{id}", id).with(users.as(f.adminA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("name", "Renamed", "version", 0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch("/api/v1/assets/{id}", id).with(users.as(f.adminA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("name", "Again", "version", 0))))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/assets/{id}", id).with(users.as(f.adminB))).andExpect(status().isNotFound());
    }

    @Test
    void dependenciesOnAssetsAndSuppliersAreKept() throws Exception {
        String storage = f.createAsset(f.adminA, f.asset("san", f.unitA));
        Map<String, Object> app = f.asset("app", f.unitA);
        app.put("dependsOn", List.of(storage));
        UUID supplierId = UUID.randomUUID();
        app.put("suppliers", List.of(Map.of("name", "Acme Cloud", "id", supplierId.toString())));
        String id = f.createAsset(f.adminA, app);
        mvc.perform(get("/api/v1/assets/{id}", id).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.dependsOn[0].code").value(f.code("san")))
                .andExpect(jsonPath("$.suppliers[0].name").value("Acme Cloud"))
                .andExpect(jsonPath("$.suppliers[0].id").value(supplierId.toString()));
        mvc.perform(patch("/api/v1/assets/{id}", storage).with(users.as(f.adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("dependsOn", List.of(storage), "version", 0))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dependsOn"));
    }

    @Test
    void scannerMatchingFindsAssetsByHostnameIpAndUrlIgnoringCase() throws Exception {
        Map<String, Object> body = f.asset("web", f.unitA);
        body.put("ipAddresses", List.of("172.16.9.77"));
        body.put("urls", List.of("https://portal-" + f.tag + ".example.cn/login"));
        String id = f.createAsset(f.adminA, body);
        assertThat(inventory.findByHostname(("SRV-" + f.tag + "-web.example.cn").toUpperCase()))
                .extracting(a -> a.id().toString()).contains(id);
        assertThat(inventory.findByIpAddress("172.16.9.77")).extracting(a -> a.id().toString()).contains(id);
        assertThat(inventory.findByUrl("https://portal-" + f.tag + ".example.cn/login")).singleElement()
                .satisfies(a -> assertThat(a.code()).isEqualTo(f.code("web")));
        assertThat(inventory.inUnit(f.unitA)).extracting(AssetSummary::code).contains(f.code("web"));
    }

    @Test
    void importWithAnyBadRowImportsNothingAndNamesLineAndColumn() throws Exception {
        String csv = "code,name,type,org_unit_code,confidentiality,integrity,availability,hostnames,depends_on\n"
                + f.code("i1") + ",DB,SERVER," + f.codeA + ",3,3,3,db-" + f.tag + ".example.cn,\n"
                + f.code("i2") + ",App,APPLICATION," + f.codeA + ",2,9,2,," + f.code("i1") + "\n"
                + f.code("i3") + ",Nope,SERVER,NO-SUCH-UNIT,1,1,1,,\n";
        mvc.perform(multipart("/api/v1/assets/import").file(file(csv)).param("dryRun", "true")
                        .with(users.as(f.adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.valid").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("integrity"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("org_unit_code"));
        mvc.perform(multipart("/api/v1/assets/import").file(file(csv)).with(users.as(f.adminA)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/assets").param("q", f.tag).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.totalElements").value(0));

        String clean = csv.substring(0, csv.lastIndexOf(f.code("i3"))).replace(",2,9,2,", ",2,4,2,");
        mvc.perform(multipart("/api/v1/assets/import").file(file(clean)).with(users.as(f.adminA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        mvc.perform(get("/api/v1/assets").param("q", f.code("i2")).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.items[0].dependsOn[0].code").value(f.code("i1")));
    }

    @Test
    void exportUsesTheImportLayoutAndReimportsAsDuplicates() throws Exception {
        f.createAsset(f.adminA, f.asset("exp", f.unitA));
        byte[] csv = mvc.perform(get("/api/v1/assets/export").param("q", f.code("exp")).with(users.as(f.adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("code,name,type").contains(f.code("exp")).contains(f.codeA);
        mvc.perform(multipart("/api/v1/assets/import").file(new MockMultipartFile("file", "a.csv", "text/csv", csv))
                        .param("dryRun", "true").with(users.as(f.adminA)))
                .andExpect(jsonPath("$.errors[0].column").value("code"));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "assets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
