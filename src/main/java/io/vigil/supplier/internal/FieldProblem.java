package io.vigil.supplier.internal;

/** One invalid field: its API name and a message key (with arguments) in the reader's language. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
