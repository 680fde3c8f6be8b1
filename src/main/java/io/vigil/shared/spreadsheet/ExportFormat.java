package io.vigil.shared.spreadsheet;

import java.util.Locale;

/** The two file formats every register exports (and imports): CSV in UTF-8, and XLSX. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code csv} or {@code xlsx} in any case; none means CSV.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ExportFormat parse(String text) {
        return text == null || text.isBlank() ? CSV : valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
