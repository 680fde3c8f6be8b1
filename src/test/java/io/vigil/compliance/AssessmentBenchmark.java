package io.vigil.compliance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of the suite (the name does not end in Tests): opens an assessment of the NIST SP 800-53
 * catalog (1,189 controls, 1,209 tree rows) with 200 tested controls and prints the timings.
 * Run: {@code ./mvnw -B -q test -Dtest=AssessmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@VigilIntegrationTest
class AssessmentBenchmark {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openA1000RequirementAssessment() throws Exception {
        UUID manager = users.user("bench", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        var file = SharedData.nist("NIST_SP-800-53_rev5_catalog.json");
        String imported = mvc.perform(multipart("/api/v1/frameworks/import").file(new MockMultipartFile("file",
                        file.getFileName().toString(), "application/json", Files.readAllBytes(file))).with(users.as(manager)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String frameworkId = JsonPath.read(imported, "$.id");
        List<UUID> reqs = jdbc.queryForList("SELECT id FROM cmp_requirement WHERE framework_id = ? AND assessable = TRUE",
                UUID.class, UUID.fromString(frameworkId));
        JsonMapper json = JsonMapper.builder().build();
        Random random = new Random(1);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 200; i++) {
            List<UUID> linked = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                linked.add(reqs.get(random.nextInt(reqs.size())));
            }
            String body = json.writeValueAsString(Map.of("code", "B" + tag + "-" + i, "name", "Control " + i,
                    "orgUnitId", users.rootUnit(), "type", "PREVENTIVE", "frequency", "MONTHLY",
                    "requirementIds", linked.stream().distinct().toList()));
            String id = JsonPath.read(mvc.perform(post("/api/v1/controls").with(users.as(manager))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
                    .getContentAsString(), "$.id");
            mvc.perform(post("/api/v1/controls/" + id + "/tests").with(users.as(manager))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                            "testedOn", LocalDate.now().toString(), "method", "bench",
                            "result", i % 4 == 0 ? "PARTLY" : "EFFECTIVE"))));
        }
        String assessment = JsonPath.read(mvc.perform(post("/api/v1/assessments").with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("frameworkId",
                        frameworkId, "name", "NIST bench " + tag, "scope", "bench", "orgUnitId", users.rootUnit()))))
                .andReturn().getResponse().getContentAsString(), "$.id");

        report("API  GET /api/v1/assessments/{id}", () -> mvc.perform(get("/api/v1/assessments/{id}", assessment)
                .with(users.as(manager))).andExpect(status().isOk()));
        report("PAGE GET /compliance/assessments/{id}", () -> mvc.perform(get("/compliance/assessments/{id}", assessment)
                .with(users.as(manager))).andExpect(status().isOk()));
    }

    interface Call {
        void run() throws Exception;
    }

    private static void report(String what, Call call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        long[] ms = new long[20];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("BENCHMARK %s: 1,209 rows (1,007 assessable), 200 controls — median %d ms, p95 %d ms, max %d ms%n",
                what, ms[ms.length / 2], ms[(int) (ms.length * 0.95) - 1], ms[ms.length - 1]);
    }
}
