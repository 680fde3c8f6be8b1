package io.vigil.shared.spreadsheet;

import java.util.List;

/**
 * What an import of a register found: rows read, rows valid, rows written, and every problem by
 * line and column. A file with any error imports nothing.
 */
public record ImportReport(int rows, int valid, int imported, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** One bad cell (or header): the line in the file (header = 1), the column, and why, in the reader's language. */
    public record ImportError(int line, String column, String message) {
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
