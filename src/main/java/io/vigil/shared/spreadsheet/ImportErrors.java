package io.vigil.shared.spreadsheet;

import io.vigil.shared.spreadsheet.ImportReport.ImportError;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Collects the problems of one import while its rows are checked: in file order, messages already in
 * the reader's language, one message per cell (one is enough to fix it).
 */
public final class ImportErrors {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, ImportError> errors = new LinkedHashMap<>();
    private final Set<Integer> lines = new HashSet<>();

    public ImportErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public void add(int line, String column, String key, Object... arguments) {
        String message = messages.getMessage(key, arguments, key, locale);
        errors.putIfAbsent(line + "\u0000" + column, new ImportError(line, column, message));
        lines.add(line);
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public boolean hasLine(int line) {
        return lines.contains(line);
    }

    public List<ImportError> list() {
        return errors.values().stream().sorted(Comparator.comparingInt(ImportError::line)).toList();
    }
}
