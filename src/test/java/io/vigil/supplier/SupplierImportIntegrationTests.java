package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
class SupplierImportIntegrationTests {

    static final String HEADER = "name,name_en,credit_code,country,categories,contact_name,contact_email,"
            + "contact_phone,registered_on";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    String row(String name, String code, String country, String categories, String date) {
        return String.join(",", name, "", code, country, categories, "李明", "li@s.example", "+86 10 1234 5678", date);
    }

    ResultActions importFile(String filename, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/suppliers/import").file(new MockMultipartFile("file", filename,
                        "text/csv", content)).param("dryRun", String.valueOf(dryRun))
                .param("orgUnit", f.unitA.toString()).with(users.as(f.officerA)));
    }

    long imported(String namePrefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE name LIKE ?", Long.class, namePrefix + "%");
    }

    @Test
    void aCleanCsvIsCheckedByADryRunThenImportedWithCategoriesByCodeOrName() throws Exception {
        String p = "导入" + f.tag;
        String csv = "\uFEFF" + HEADER + "\n"
                + row(p + "甲", SupplierFixtures.creditCode(), "CN", "IT_EQUIPMENT;Software", "2023-01-05") + "\n"
                + row(p + "乙", "HK-" + f.tag, "hk", "电力与制冷", "2023-02-05") + "\n"
                + row(p + "丙", "", "US", "", "") + "\n";

        importFile("s.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rows\":3,\"valid\":3,\"errors\":[]}"));
        assertThat(imported(p)).isZero();

        importFile("s.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rows\":3,\"imported\":3}"));
        assertThat(imported(p)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT region FROM supplier WHERE name = ?", String.class, p + "乙"))
                .isEqualTo("HKMT");
        assertThat(jdbc.queryForList("SELECT l.category_code FROM supplier_category_link l JOIN supplier s "
                + "ON s.id = l.supplier_id WHERE s.name = ? ORDER BY 1", String.class, p + "甲"))
                .containsExactly("IT_EQUIPMENT", "SOFTWARE");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesLineAndColumn() throws Exception {
        String p = "坏" + f.tag;
        String good = SupplierFixtures.creditCode();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String duplicate = SupplierFixtures.creditCode();
        String csv = HEADER + "\n"
                + row(p + "1", duplicate, "CN", "", "2023-01-01") + "\n"
                + row(p + "2", wrongCheck, "CN", "", "2023-01-01") + "\n"
                + row(p + "3", SupplierFixtures.creditCode(), "ZZ", "", "2023-01-01") + "\n"
                + row(p + "4", SupplierFixtures.creditCode(), "CN", "Plumbing", "01/02/2023") + "\n"
                + row(p + "5", duplicate, "CN", "", "2023-01-01") + "\n";

        importFile("bad.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(5))
                .andExpect(jsonPath("$.valid").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("credit_code"))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].column").value("country"))
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'categories')]").exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'registered_on')]").exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6)].column").value("credit_code"));

        importFile("bad.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("credit_code"))
                .andExpect(jsonPath("$.errors.length()").value(5));
        assertThat(imported(p)).isZero();
    }

    @Test
    void aCreditCodeAlreadyInTheRegisterIsAnError() throws Exception {
        var body = f.mainland("existing", f.unitA);
        f.create(f.officerA, body);
        String csv = HEADER + "\n" + row("重复" + f.tag, (String) body.get("creditCode"), "CN", "", "") + "\n";

        importFile("dup.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("credit_code"));
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() throws Exception {
        importFile("h.csv", "name,country\nA,CN\n".getBytes(StandardCharsets.UTF_8), true)
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("credit_code"));
    }

    @Test
    void xlsxImportsLikeCsv() throws Exception {
        String p = "表格" + f.tag;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(p);
            r.createCell(2).setCellValue(SupplierFixtures.creditCode());
            r.createCell(3).setCellValue("CN");
            r.createCell(8).setCellValue("2024-05-06");
            workbook.write(out);
        }
        importFile("s.xlsx", out.toByteArray(), false)
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rows\":1,\"imported\":1}"));
        assertThat(jdbc.queryForObject("SELECT registered_on FROM supplier WHERE name = ?", java.sql.Date.class, p)
                .toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 5, 6));
    }

    @Test
    void threeThousandRowsImportWellUnderTenSeconds() throws Exception {
        String p = "千" + f.tag + "-";
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String[] countries = {"CN", "CN", "CN", "CN", "HK", "SG"};
        for (int i = 0; i < 3000; i++) {
            String country = countries[i % countries.length];
            String code = country.equals("CN") ? SupplierFixtures.creditCode() : country + "-" + f.tag + "-" + i;
            csv.append(row(p + i, code, country, "IT_EQUIPMENT;FACILITY_SERVICES", "2023-03-01")).append('\n');
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        importFile("big.csv", content, false)
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rows\":3000,\"imported\":3000}"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(imported(p)).isEqualTo(3000);
        assertThat(millis).as("import of 3,000 rows took %d ms", millis).isLessThan(10_000);
    }

    @Test
    void aReaderCannotImport() throws Exception {
        mvc.perform(multipart("/api/v1/suppliers/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        (HEADER + "\n").getBytes(StandardCharsets.UTF_8))).with(users.as(f.readerA)))
                .andExpect(status().isForbidden());
    }
}
