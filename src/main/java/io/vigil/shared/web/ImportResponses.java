package io.vigil.shared.web;

import io.vigil.shared.spreadsheet.ImportReport;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one answer contract of every register import: a dry run answers
 * {@code {"rows","valid","errors"}}; a real import of a file with errors answers 422 problem+json
 * carrying the same errors (and nothing was written); a clean import answers {@code {"rows","imported"}}.
 */
public final class ImportResponses {

    private ImportResponses() {
    }

    public record DryRunResponse(int rows, int valid, List<ImportReport.ImportError> errors) {
    }

    public record ImportedResponse(int rows, int imported) {
    }

    /**
     * @param rejectedTitle  the problem title for a rejected file, in the caller's language
     * @param rejectedDetail the problem detail for a rejected file, in the caller's language
     */
    public static ResponseEntity<?> answer(ImportReport report, boolean dryRun, String rejectedTitle,
            String rejectedDetail) {
        if (dryRun) {
            return ResponseEntity.ok(new DryRunResponse(report.rows(), report.valid(), report.errors()));
        }
        if (!report.clean()) {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected",
                    rejectedTitle, rejectedDetail);
            problem.setProperty("rows", report.rows());
            problem.setProperty("valid", report.valid());
            problem.setProperty("errors", report.errors());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new ImportedResponse(report.rows(), report.imported()));
    }
}
