package io.vigil.shared.security;

/** A record that does not exist or that the caller may not see: both answer 404 so existence is not leaked. */
public class RecordNotFoundException extends RuntimeException {

    private final String entityType;
    private final transient Object id;

    public RecordNotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public Object id() {
        return id;
    }
}
