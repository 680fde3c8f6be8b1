package io.vigil.supplier.internal;

import java.util.List;

/** The outcome of an import or a dry run; a file with any error imports nothing. */
public record ImportReport(int rows, int valid, int imported, List<ImportError> errors) {

    /** One bad cell (or header): the line in the file (header = 1), the column, and why, in the reader's language. */
    public record ImportError(int line, String column, String message) {
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
