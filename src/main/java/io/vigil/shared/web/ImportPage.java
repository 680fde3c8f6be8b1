package io.vigil.shared.web;

import io.vigil.shared.spreadsheet.ImportReport;
import java.util.List;
import java.util.Set;

/**
 * What differs between the import screens of two registers: where they live, their titles and
 * rules in the message bundles, their columns, and the importer that checks and writes a file.
 *
 * @param basePath           the screen's path ({@code /people/import}); check and confirm are below it
 * @param listPath           the register's list, shown after a successful import
 * @param titleKey           message key of the page title ("Import employees")
 * @param listTitleKey       message key of the register's name, for the breadcrumb
 * @param rulesKey           message key of the register's own rules (formats, codes, separators)
 * @param confirmQuestionKey message key of "Import {0} employees now?"
 * @param templateFilename   the file name of the empty CSV template
 */
public record ImportPage(String basePath, String listPath, String titleKey, String listTitleKey, String rulesKey,
        String confirmQuestionKey, List<String> columns, Set<String> required, String templateFilename,
        Importer importer) {

    /** Checks ({@code dryRun}) or writes a file; a file with any error writes nothing. */
    @FunctionalInterface
    public interface Importer {
        ImportReport importFile(String filename, byte[] content, boolean dryRun);
    }
}
