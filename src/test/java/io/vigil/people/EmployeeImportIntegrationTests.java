package io.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
@RecordApplicationEvents
class EmployeeImportIntegrationTests {

    static final String HEADER = "employee_number,name,name_en,email,phone,org_unit_code,position,"
            + "manager_employee_number,hire_date,leave_date,status";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Preferences preferences;

    @Autowired
    ApplicationEvents events;

    PeopleFixtures f;

    @BeforeEach
    void setUp() {
        f = new PeopleFixtures(users, mvc, orgUnits);
    }

    @Test
    void csvWithByteOrderMarkAndChineseNamesImportsWithManagersFromTheFileAndTheDirectory() throws Exception {
        UUID existingBoss = f.create(f.writerA, "boss", f.unitA);
        String csv = "\uFEFF" + HEADER + "\r\n"
                + row("1", "张伟", "David Zhang", f.codeA, "boss", "2020-01-15", "", "") + "\r\n"
                + row("2", "李娜", "Nina Li", f.codeA, "1", "2021-06-01", "", "on_leave") + "\r\n"
                + "\r\n"
                + row("3", "王芳", "", f.codeA, "2", "2019-03-01", "2024-12-31", "LEFT") + "\r\n";

        importFile("people.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.valid").value(3))
                .andExpect(jsonPath("$.errors").isEmpty());
        assertThat(count("q", f.number("2"))).isZero();

        importFile("people.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.imported").value(3));

        String one = mvc.perform(get("/api/v1/employees").param("q", f.number("1")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[0].name").value("张伟"))
                .andExpect(jsonPath("$.items[0].managerId").value(existingBoss.toString()))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        String idOfOne = JsonPath.read(one, "$.items[0].id");
        mvc.perform(get("/api/v1/employees").param("q", f.number("2")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[0].managerId").value(idOfOne))
                .andExpect(jsonPath("$.items[0].status").value("ON_LEAVE"));
        mvc.perform(get("/api/v1/employees").param("q", f.number("3")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[0].leaveDate").value("2024-12-31"))
                .andExpect(jsonPath("$.items[0].managerEmployeeNumber").value(f.number("2")));

        AuditableEvent imported = events.stream(AuditableEvent.class).filter(e -> e.action().equals("IMPORTED"))
                .findFirst().orElseThrow();
        assertThat(imported.after()).containsEntry("rows", 3);
    }

    @Test
    void xlsxWrittenWithPoiImportsDateCellsAndNumbers() throws Exception {
        byte[] xlsx = workbook(List.of(
                List.of(f.number("x1"), "陈静", "Jing Chen", "x1" + f.tag + "@vigil.example", "13800000000", f.codeA,
                        "Auditor", "", LocalDate.of(2022, 2, 28), "", "")));

        importFile("staff.xlsx", xlsx, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        mvc.perform(get("/api/v1/employees").param("q", f.number("x1")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[0].name").value("陈静"))
                .andExpect(jsonPath("$.items[0].hireDate").value("2022-02-28"))
                .andExpect(jsonPath("$.items[0].phone").value("13800000000"));
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndNothingIsImported() throws Exception {
        f.create(f.writerA, "taken", f.unitA);
        String csv = HEADER + "\n"
                + row("ok", "好人", "", f.codeA, "", "2020-01-01", "", "") + "\n"
                + row("taken", "重复", "", f.codeA, "", "2020-01-01", "", "") + "\n"
                + row("dupe", "甲", "", f.codeA, "", "2020-01-01", "", "") + "\n"
                + row("dupe", "乙", "", f.codeA, "", "2020-01-01", "", "") + "\n"
                + f.number("mail") + ",丙,,not-an-email,," + f.codeA + ",,,2020-01-01,," + "\n"
                + row("date", "丁", "", f.codeA, "", "01/02/2020", "", "") + "\n"
                + row("unit", "戊", "", "NO-SUCH-UNIT", "", "2020-01-01", "", "") + "\n"
                + row("other", "己", "", f.codeB, "", "2020-01-01", "", "") + "\n"
                + row("left", "庚", "", f.codeA, "", "2020-01-01", "", "LEFT") + "\n"
                + row("mgr", "辛", "", f.codeA, "nobody", "2020-01-01", "", "") + "\n"
                + row("st", "壬", "", f.codeA, "", "2020-01-01", "", "RETIRED") + "\n";

        ResultActions dryRun = importFile("bad.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(11))
                .andExpect(jsonPath("$.valid").value(2));
        List<Map<String, Object>> errors = JsonPath.read(dryRun.andReturn().getResponse().getContentAsString(), "$.errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("column")).containsExactly(
                "3:employee_number", "5:employee_number", "6:email", "7:hire_date", "8:org_unit_code",
                "9:org_unit_code", "10:leave_date", "11:manager_employee_number", "12:status");
        assertThat(errors.get(1).get("message").toString()).contains("line 4");
        assertThat(errors.get(4).get("message").toString()).contains("NO-SUCH-UNIT");

        importFile("bad.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(9))
                .andExpect(jsonPath("$.errors[0].line").value(3));
        assertThat(count("q", f.number("ok"))).isZero();
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("IMPORTED")).count()).isZero();
    }

    @Test
    void unknownColumnsAndAMissingRequiredColumnAreHeaderErrors() throws Exception {
        String csv = "employee_number,name,email,department,hire_date\n"
                + f.number("h") + ",甲,h@vigil.example,X,2020-01-01\n";
        String body = importFile("h.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.valid").value(0))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("column"))
                .containsExactly("1:department", "1:org_unit_code");

        importFile("empty.csv", new byte[0], true)
                .andExpect(jsonPath("$.errors[0].line").value(1));
        importFile("old.xls", new byte[] {1, 2, 3}, true)
                .andExpect(jsonPath("$.errors[0].line").value(1));
    }

    @Test
    void errorMessagesAreInTheCallersLanguage() throws Exception {
        preferences.changeLanguage(f.writerA, "zh-CN");
        String csv = HEADER + "\n" + row("zh", "甲", "", f.codeA, "", "2020-13-01", "", "") + "\n";
        importFile("zh.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(jsonPath("$.errors[0].column").value("hire_date"))
                .andExpect(jsonPath("$.errors[0].message").value("\u201c2020-13-01\u201d 不是 YYYY-MM-DD 格式的日期。"));
    }

    @Test
    void readersMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/employees/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        HEADER.getBytes(StandardCharsets.UTF_8))).with(users.as(f.readerA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExportImportsAgainInTheSameLayout() throws Exception {
        UUID boss = f.create(f.writerA, "eb", f.unitA);
        Map<String, Object> body = f.body("er", f.unitA);
        body.put("managerId", boss.toString());
        f.create(f.writerA, body);

        for (String format : List.of("csv", "xlsx")) {
            byte[] exported = mvc.perform(get("/api/v1/employees/export").param("format", format)
                            .param("orgUnit", f.unitA.toString()).with(users.as(f.writerA)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            // the same people again can only clash on their numbers: every other cell reads back cleanly
            String result = importFile("export." + format, exported, true)
                    .andExpect(jsonPath("$.rows").value(2)).andReturn().getResponse().getContentAsString();
            List<String> columns = JsonPath.read(result, "$.errors[*].column");
            assertThat(columns).containsExactly("employee_number", "employee_number");
        }
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("EXPORTED")).count()).isEqualTo(2);
    }

    @Test
    void importsThreeThousandRowsInOneTransaction() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            String manager = i == 0 ? "" : f.number("bulk" + (i - 1) / 10);
            csv.append(row("bulk" + i, "员工" + i, "Staff " + i, f.codeA, manager.isEmpty() ? "" : manager.substring(manager.lastIndexOf('-') + 1),
                    "2021-01-01", "", "")).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        importFile("bulk.csv", file, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Imported 3,000 employees (%d KB CSV) in %d ms%n", file.length / 1024, millis);
        assertThat(count("q", "t" + f.tag + "bulk")).isEqualTo(3000);
    }

    private String row(String suffix, String name, String nameEn, String unitCode, String managerSuffix,
            String hired, String left, String status) {
        String manager = managerSuffix.isEmpty() ? "" : managerSuffix.equals("nobody") ? "NOBODY-" + f.tag
                : f.number(managerSuffix);
        return String.join(",", f.number(suffix), name, nameEn, "t" + f.tag + suffix + "@vigil.example", "",
                unitCode, "Engineer", manager, hired, left, status);
    }

    private ResultActions importFile(String filename, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/employees/import")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .param("dryRun", String.valueOf(dryRun)).with(users.as(f.writerA)));
    }

    private int count(String param, String value) throws Exception {
        String body = mvc.perform(get("/api/v1/employees").param(param, value).with(users.as(f.writerA)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.totalElements");
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("people");
            String[] header = HEADER.split(",");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value instanceof String text && text.matches("\\d{6,}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
