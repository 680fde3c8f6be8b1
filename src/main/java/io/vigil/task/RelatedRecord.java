package io.vigil.task;

/**
 * The record a task tracks in another module, by value: {@code ("vulnerability", "Finding", "42",
 * "/vulnerabilities/42")}. The pair module/type/id identifies it; the link is for people.
 */
public record RelatedRecord(String module, String type, String id, String link) {

    public RelatedRecord {
        if (module == null || module.isBlank() || type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a related record needs module, type and id");
        }
    }
}
