package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.supplier.internal.ContractReminderJob;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Contract records: barred suppliers refused, unique numbers, filters, export and end-of-term tasks. */
@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class ContractIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ContractReminderJob job;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 6, 1));
        f = new SupplierFixtures(users, mvc);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    UUID qualified(String suffix) throws Exception {
        UUID id = f.create(suffix);
        call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "ok"), id)
                .andExpect(status().isOk());
        return id;
    }

    Map<String, Object> contract(UUID supplier, String number, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("title", "UPS maintenance");
        body.put("supplierId", supplier.toString());
        body.put("value", 120000);
        body.put("startDate", "2026-01-01");
        body.put("endDate", end);
        return body;
    }

    @Test
    void aBlacklistedSupplierIsRefusedANewContractWith409Problem() throws Exception {
        UUID supplier = qualified("bl");
        String response = call(f.managerA, "/api/v1/suppliers/{id}/status",
                Map.of("status", "BLACKLISTED", "reason", "fraud confirmed", "reasonCode", "FRAUD"), supplier)
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        UUID otherManager = users.user("manager-2", Role.PROCUREMENT_MANAGER, f.unitA, true);
        mvc.perform(post("/api/v1/suppliers/{id}/status-requests/{r}/approve", supplier,
                JsonPath.<String>read(response, "$.approvalRequest.id")).with(users.as(otherManager)))
                .andExpect(status().isOk());

        call(f.officerA, "/api/v1/contracts", contract(supplier, "C-BL-" + f.tag, "2027-01-01"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("barred-from-contract")))
                .andExpect(jsonPath("$.supplierStatus").value("BLACKLISTED"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("contract")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_contract WHERE supplier_id = ?", Integer.class,
                supplier)).isZero();
    }

    @Test
    void aContractIsRecordedWithAUniqueNumberAndBadInputNamesTheField() throws Exception {
        UUID supplier = qualified("c");
        call(f.officerA, "/api/v1/contracts", contract(supplier, "C-1-" + f.tag, "2027-12-31"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.ownerId").value(f.officerA.toString()));
        call(f.officerA, "/api/v1/contracts", contract(supplier, "C-1-" + f.tag, "2027-12-31"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("duplicate-number")));
        call(f.officerA, "/api/v1/contracts", contract(supplier, "C-2-" + f.tag, "2025-12-31"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(get("/api/v1/contracts").param("supplierId", supplier.toString()).with(users.as(f.officerB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void illegalStatusMovesAre409NamingTheAllowedOnes() throws Exception {
        UUID supplier = qualified("s");
        String id = JsonPath.read(call(f.officerA, "/api/v1/contracts", contract(supplier, "C-S-" + f.tag,
                "2027-12-31")).andReturn().getResponse().getContentAsString(), "$.id");
        call(f.officerA, "/api/v1/contracts/{id}/status", Map.of("status", "DRAFT"), id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("EXPIRED, TERMINATED")));
        call(f.officerA, "/api/v1/contracts/{id}/status", Map.of("status", "TERMINATED", "reason", "breach"), id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"));
    }

    @Test
    void contractsEndingWithin30DaysGetATaskAndAreFilteredAndExported() throws Exception {
        UUID supplier = qualified("e");
        String soon = JsonPath.read(call(f.officerA, "/api/v1/contracts", contract(supplier, "C-SOON-" + f.tag,
                "2026-06-20")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String later = JsonPath.read(call(f.officerA, "/api/v1/contracts", contract(supplier, "C-LATE-" + f.tag,
                "2026-09-30")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/contracts").param("supplierId", supplier.toString())
                        .param("expiringWithinDays", "30").with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(soon))
                .andExpect(jsonPath("$.items[0].daysToEnd").value(19));

        job.run();
        assertThat(tasksFor(soon)).isEqualTo(1);
        assertThat(tasksFor(later)).isZero();
        clock.setDate(LocalDate.of(2026, 9, 1));
        job.run();
        job.run();
        assertThat(tasksFor(later)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ?", LocalDate.class, later))
                .isEqualTo(LocalDate.of(2026, 9, 30));

        String csv = mvc.perform(get("/api/v1/contracts/export").param("format", "csv")
                        .param("supplierId", supplier.toString()).with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("contracts-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("number,title,supplier").contains("C-SOON-" + f.tag).contains("C-LATE-" + f.tag);
        mvc.perform(get("/api/v1/contracts/export").param("format", "xlsx").with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private Integer tasksFor(String contractId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_module = 'supplier' AND related_id = ? "
                + "AND status IN ('OPEN', 'IN_PROGRESS')", Integer.class, contractId);
    }
}
