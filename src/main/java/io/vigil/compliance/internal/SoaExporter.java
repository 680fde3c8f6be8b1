package io.vigil.compliance.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.vigil.compliance.ComplianceStatus;
import io.vigil.shared.web.VigilException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;

/** The Statement of Applicability of an ISO/IEC 27001 assessment, as XLSX and PDF. */
public final class SoaExporter {

    public static final String ISO27001 = "ISO27001";

    /** One Annex A control in the statement. */
    public record SoaRow(String ref, String title, String titleZh, boolean applicable, String justification,
            String implementation, ComplianceStatus status, String controls) {
    }

    private static final String[] HEADERS = {"Control", "Title", "Applicable", "Justification",
            "Implementation status", "Assessment status", "Implementing controls"};

    private SoaExporter() {
    }

    public static List<SoaRow> rows(AssessmentService.AssessmentView v) {
        if (!ISO27001.equals(v.framework().code())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "soa-not-iso27001", "compliance.soa.notIso27001");
        }
        return v.lines().stream().filter(l -> l.requirement().assessable() && l.requirement().ref().startsWith("A."))
                .map(l -> new SoaRow(l.requirement().ref(), l.requirement().title(), l.requirement().titleZh(),
                        l.applicable(), l.justification(), implementation(l), l.status(),
                        l.controls().stream().map(ControlCoverage.ControlState::code).collect(Collectors.joining(", "))))
                .toList();
    }

    /** What a person recorded, else what the tests say. */
    static String implementation(AssessmentService.Line l) {
        if (!l.applicable()) {
            return "";
        }
        if (l.implementation() != null) {
            return l.implementation().name();
        }
        return switch (l.status()) {
            case COMPLIANT -> AssessmentEntry.Implementation.IMPLEMENTED.name();
            case PARTLY -> AssessmentEntry.Implementation.PARTIAL.name();
            default -> AssessmentEntry.Implementation.PLANNED.name();
        };
    }

    public static byte[] xlsx(List<SoaRow> rows, AssessmentService.AssessmentView v, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("SoA");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Statement of Applicability — " + v.assessment().name() + " ("
                    + v.assessment().scope() + ")");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 2;
            for (SoaRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.ref());
                x.createCell(1).setCellValue(zh && row.titleZh() != null ? row.titleZh() : row.title());
                x.createCell(2).setCellValue(row.applicable() ? "Yes" : "No");
                x.createCell(3).setCellValue(row.justification() == null ? "" : row.justification());
                x.createCell(4).setCellValue(row.implementation());
                x.createCell(5).setCellValue(row.status().name());
                x.createCell(6).setCellValue(row.controls());
            }
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(3, 50 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the SoA workbook", e);
        }
    }

    /**
     * PDF with the standard fonts, which carry no CJK glyphs: the PDF uses the English short titles
     * (the XLSX follows the user's language).
     */
    public static byte[] pdf(List<SoaRow> rows, AssessmentService.AssessmentView v, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("Statement of Applicability - ISO/IEC 27001:2022 Annex A",
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(new Paragraph(ascii(v.assessment().name()) + " / scope " + ascii(v.assessment().scope()),
                    FontFactory.getFont(FontFactory.HELVETICA, 10)));
            PdfPTable table = new PdfPTable(new float[] {6, 30, 7, 25, 10, 11, 14});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
            for (String h : HEADERS) {
                table.addCell(new Phrase(h, head));
            }
            for (SoaRow r : rows) {
                table.addCell(new Phrase(r.ref(), body));
                table.addCell(new Phrase(r.title(), body));
                table.addCell(new Phrase(r.applicable() ? "Yes" : "No", body));
                table.addCell(new Phrase(ascii(r.justification()), body));
                table.addCell(new Phrase(r.implementation(), body));
                table.addCell(new Phrase(r.status().name(), body));
                table.addCell(new Phrase(r.controls(), body));
            }
            doc.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the SoA PDF", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    /** Text the standard fonts can show; anything else becomes '?'. */
    private static String ascii(String s) {
        return s == null ? "" : s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
