package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierStatus;

/** A review's grade and the classification it proposes (B keeps the current one). */
public enum Grade {
    A(SupplierStatus.PREFERRED), B(null), C(SupplierStatus.RECTIFYING), D(SupplierStatus.UNQUALIFIED);

    private final SupplierStatus proposal;

    Grade(SupplierStatus proposal) {
        this.proposal = proposal;
    }

    /** The proposed status, or {@code null} for "keep the current classification". */
    public SupplierStatus proposal() {
        return proposal;
    }
}
