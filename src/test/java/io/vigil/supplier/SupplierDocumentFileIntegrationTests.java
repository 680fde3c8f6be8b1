package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Files with documents: staff and portal uploads, downloads behind the access checks, verification. */
@VigilIntegrationTest
class SupplierDocumentFileIntegrationTests {

    static final byte[] PDF = "%PDF-1.4 营业执照 scan".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    SupplierFixtures f;
    UUID own;
    UUID other;
    UUID contact;
    UUID otherContact;

    @BeforeEach
    void setUp() throws Exception {
        f = new SupplierFixtures(users, mvc);
        own = f.create("own");
        other = f.create("other");
        contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        otherContact = users.user("contact-o", Role.SUPPLIER_CONTACT, f.unitA, false);
        link(own, contact);
        link(other, otherContact);
        // the IT_EQUIPMENT category requires BUSINESS_LICENCE and ISO9001; staff record the licence
        mvc.perform(post("/api/v1/suppliers/{id}/documents", own).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("type", "BUSINESS_LICENCE",
                        "number", "BL-" + f.tag, "issuer", "上海市市场监督管理局", "validFrom", "2020-01-01"))))
                .andExpect(status().isCreated());
    }

    void link(UUID supplier, UUID user) throws Exception {
        mvc.perform(post("/api/v1/suppliers/{id}/portal-users", supplier).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("userId", user))))
                .andExpect(status().isOk());
    }

    static MockMultipartHttpServletRequestBuilder document(MockMultipartHttpServletRequestBuilder request,
            String type, String number, byte[] file) {
        if (file != null) {
            request.file(new MockMultipartFile("file", "iso9001 证书.pdf", "application/pdf", file));
        }
        return (MockMultipartHttpServletRequestBuilder) request.param("type", type).param("number", number)
                .param("issuer", "中国质量认证中心").param("validFrom", "2025-01-01").param("validTo", "2028-01-01");
    }

    ResultActions portalUpload(UUID user, String number, byte[] file) throws Exception {
        return mvc.perform(document(multipart("/api/v1/portal/documents"), "ISO9001", number, file).with(users.as(user)));
    }

    String documentId(String body, String number) {
        return JsonPath.<java.util.List<String>>read(body, "$.documents[?(@.number == '" + number + "')].id").get(0);
    }

    @Test
    void staffUploadAndDownloadTheFileWithinTheirUnitsOnly() throws Exception {
        String body = mvc.perform(document(multipart("/api/v1/suppliers/{id}/documents", own), "ISO9001",
                        "Q-" + f.tag, PDF).with(users.as(f.officerA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String doc = documentId(body, "Q-" + f.tag);
        byte[] downloaded = mvc.perform(get("/api/v1/suppliers/{id}/documents/{d}/file", own, doc)
                        .with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        // staff of another unit: the supplier does not exist for them
        mvc.perform(get("/api/v1/suppliers/{id}/documents/{d}/file", own, doc).with(users.as(f.officerB)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/suppliers/{id}/documents/{d}/file", own, doc).with(users.as(f.officerB)))
                .andExpect(status().isNotFound());
        // the document id under another supplier is not found either
        mvc.perform(get("/api/v1/suppliers/{id}/documents/{d}/file", other, doc).with(users.as(f.readerA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPortalUploadWaitsForVerificationBeforeItSatisfiesTheRequirement() throws Exception {
        String body = portalUpload(contact, "P-" + f.tag, PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.lapsedRequired", Matchers.contains("ISO9001")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String doc = documentId(body, "P-" + f.tag);
        mvc.perform(get("/api/v1/suppliers/{id}/documents", own).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.documents[?(@.id == '" + doc + "')].verification").value("PENDING_VERIFICATION"))
                .andExpect(jsonPath("$.documents[?(@.id == '" + doc + "')].source").value("PORTAL"))
                .andExpect(jsonPath("$.documents[?(@.id == '" + doc + "')].valid").value(false));
        // the reader cannot verify; the officer can, once
        mvc.perform(post("/api/v1/suppliers/{id}/documents/{d}/verify", own, doc).with(users.as(f.readerA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/suppliers/{id}/documents/{d}/verify", own, doc).with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(post("/api/v1/suppliers/{id}/documents/{d}/reject", own, doc).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("reason", "late"))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the timeline shows the upload and the verification
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", own).param("kind", "DOCUMENT").with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[0].action").value("VERIFIED"))
                .andExpect(jsonPath("$.items[1].action").value("UPLOADED"));
    }

    @Test
    void portalUploadsWaitInTheVerificationQueueOfStaffWhoMayChangeTheSupplier() throws Exception {
        String doc = documentId(portalUpload(contact, "Q-" + f.tag, PDF).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "Q-" + f.tag);

        String queue = mvc.perform(get("/suppliers/documents/pending").with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("pending-" + doc).contains("Q-" + f.tag);
        // staff of another unit do not see it; a reader may not verify, so the queue is not theirs
        assertThat(mvc.perform(get("/suppliers/documents/pending").with(users.as(f.officerB)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Q-" + f.tag);
        mvc.perform(get("/suppliers/documents/pending").with(users.as(f.readerA))).andExpect(status().isForbidden());

        mvc.perform(post("/suppliers/{id}/documents/{d}/verify", own, doc).param("from", "queue")
                        .with(users.as(f.officerA)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/suppliers/documents/pending"));
        assertThat(mvc.perform(get("/suppliers/documents/pending").with(users.as(f.officerA)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("pending-" + doc);
    }

    @Test
    void aRejectedUploadNeedsAReasonAndNeverCounts() throws Exception {
        String doc = documentId(portalUpload(contact, "R-" + f.tag, PDF).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "R-" + f.tag);
        mvc.perform(post("/api/v1/suppliers/{id}/documents/{d}/reject", own, doc).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/suppliers/{id}/documents/{d}/reject", own, doc).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("reason", "扫描件模糊"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true));
        mvc.perform(get("/api/v1/portal/documents").with(users.as(contact)))
                .andExpect(jsonPath("$.documents[?(@.id == '" + doc + "')].verification").value("REJECTED"))
                .andExpect(jsonPath("$.documents[?(@.id == '" + doc + "')].rejectionReason").value("扫描件模糊"));
    }

    @Test
    void aSupplierContactDownloadsOnlyTheirOwnCompanysFiles() throws Exception {
        String doc = documentId(portalUpload(contact, "O-" + f.tag, PDF).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "O-" + f.tag);
        byte[] mine = mvc.perform(get("/api/v1/portal/documents/{d}/file", doc).with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(mine).isEqualTo(PDF);
        mvc.perform(get("/api/v1/portal/documents/{d}/file", doc).with(users.as(otherContact)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/portal/documents/{d}/file", doc).with(users.as(otherContact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/suppliers/{id}/documents/{d}/file", own, doc).with(users.as(otherContact)))
                .andExpect(status().isForbidden());
        String theirs = mvc.perform(get("/api/v1/portal/documents").with(users.as(otherContact)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirs).doesNotContain("O-" + f.tag).doesNotContain("BL-" + f.tag);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        portalUpload(contact, "N-" + f.tag, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'file')]").exists());
        mvc.perform(multipart("/api/v1/portal/documents").file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .param("type", "PASSPORT").param("number", "X").param("issuer", "Y").param("validFrom", "01/02/2025")
                        .with(users.as(contact)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'validFrom')]").exists());
        portalUpload(contact, "E-" + f.tag, new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/portal/documents").with(users.as(contact)))
                .andExpect(jsonPath("$.documents.length()").value(1)); // the staff licence only
    }

    @Test
    void theFormsWorkInBothPortalAndStaffScreensAndSpeakChinese() throws Exception {
        preferences.changeLanguage(contact, "zh-CN");
        mvc.perform(document(multipart("/portal/documents"), "ISO9001", "F-" + f.tag, PDF).with(users.as(contact))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("documentUploaded", true));
        String portal = mvc.perform(get("/portal/documents").with(users.as(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).contains("我方文档").contains("待核验").contains("F-" + f.tag).contains("iso9001 证书.pdf");
        // an invalid form comes back with the error beside the field
        mvc.perform(multipart("/portal/documents").param("type", "ISO9001").with(users.as(contact)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("documentErrors", Matchers.hasKey("number")));

        preferences.changeLanguage(f.officerA, "zh-CN");
        String staff = mvc.perform(get("/suppliers/{id}", own).param("tab", "documents").with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).contains("document-form").contains("核验通过").contains("供应商上传的 1 份文档待核验")
                .contains("营业执照");
    }
}
