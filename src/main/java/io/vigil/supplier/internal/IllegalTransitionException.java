package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;
import java.util.Set;

/** A status change the transition table does not allow; answered 409 naming the allowed ones. */
public class IllegalTransitionException extends RuntimeException {

    private final SupplierStatus from;
    private final SupplierStatus to;
    private final transient Set<SupplierStatus> allowed;

    public IllegalTransitionException(SupplierStatus from, SupplierStatus to, Set<SupplierStatus> allowed) {
        super("Illegal supplier status transition " + from + " -> " + to);
        this.from = from;
        this.to = to;
        this.allowed = allowed;
    }

    public SupplierStatus from() {
        return from;
    }

    public SupplierStatus to() {
        return to;
    }

    public Set<SupplierStatus> allowed() {
        return allowed;
    }
}
