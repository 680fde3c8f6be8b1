package io.vigil.supplier.web;

import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierDocumentService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fields of a document as a form or a multipart request sends them: text, dates as ISO
 * {@code yyyy-MM-dd}; an unreadable date is a field error like any other.
 */
record SupplierDocumentForm(String type, String number, String issuer, String validFrom, String validTo) {

    SupplierDocumentService.NewDocument toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date("validFrom", validFrom, problems);
        LocalDate to = date("validTo", validTo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        return new SupplierDocumentService.NewDocument(type, number, issuer, from, to);
    }

    /** What the person typed, to fill the form again after an error. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", type);
        values.put("number", number);
        values.put("issuer", issuer);
        values.put("validFrom", validFrom);
        values.put("validTo", validTo);
        return values;
    }

    static SupplierDocumentService.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return null; // no file chosen
        }
        try {
            return new SupplierDocumentService.Upload(file.getOriginalFilename(), file.getContentType(),
                    file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "supplier.insight.document.error.date", value));
            return null;
        }
    }
}
