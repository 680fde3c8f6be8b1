package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;

/** A supplier refused from a sourcing event because of its classification; answered 409 naming the status. */
public class SourcingRefusedException extends RuntimeException {

    private final String type;
    private final SupplierStatus status;

    SourcingRefusedException(String type, SupplierStatus status) {
        super("Supplier with status " + status + " refused: " + type);
        this.type = type;
        this.status = status;
    }

    /** {@code barred-from-sourcing} (UNQUALIFIED, SUSPENDED, BLACKLISTED) or {@code not-qualified} (PROSPECT). */
    public String type() {
        return type;
    }

    public SupplierStatus status() {
        return status;
    }
}
