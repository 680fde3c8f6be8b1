package io.vigil.supplier;

import java.util.Set;

/** A supplier's classification; what it may take part in is decided here, on the server. */
public enum SupplierStatus {
    PROSPECT, QUALIFIED, PREFERRED, RECTIFYING, UNQUALIFIED, SUSPENDED, BLACKLISTED;

    private static final Set<SupplierStatus> BARRED = Set.of(UNQUALIFIED, SUSPENDED, BLACKLISTED);

    /** UNQUALIFIED, SUSPENDED and BLACKLISTED suppliers cannot be invited, awarded or given a contract. */
    public boolean barredFromSourcing() {
        return BARRED.contains(this);
    }

    public boolean substandard() {
        return this == RECTIFYING || BARRED.contains(this);
    }
}
