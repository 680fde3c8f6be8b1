package io.vigil.risk.internal;

import java.util.List;

/** What an import found: rows read, rows valid, rows written, and every problem by line and column. */
public record ImportReport(int rows, int valid, int imported, List<ImportError> errors) {

    public record ImportError(int line, String column, String message) {
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
