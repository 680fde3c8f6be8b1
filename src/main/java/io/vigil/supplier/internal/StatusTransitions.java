package io.vigil.supplier.internal;

import static io.vigil.supplier.SupplierStatus.*;

import io.vigil.supplier.SupplierStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The explicit classification transition table, and which transitions need approval. Qualifying
 * normally happens through an access case; a manual change is allowed with a reason and audited.
 */
public final class StatusTransitions {

    private static final Map<SupplierStatus, Set<SupplierStatus>> ALLOWED = new EnumMap<>(SupplierStatus.class);

    static {
        ALLOWED.put(PROSPECT, EnumSet.of(QUALIFIED, UNQUALIFIED, BLACKLISTED));
        ALLOWED.put(QUALIFIED, EnumSet.of(PREFERRED, RECTIFYING, UNQUALIFIED, SUSPENDED, BLACKLISTED));
        ALLOWED.put(PREFERRED, EnumSet.of(QUALIFIED, RECTIFYING, SUSPENDED, BLACKLISTED));
        // rectification succeeds (QUALIFIED) or fails (UNQUALIFIED)
        ALLOWED.put(RECTIFYING, EnumSet.of(QUALIFIED, UNQUALIFIED, SUSPENDED, BLACKLISTED));
        // an unqualified supplier may apply again as a prospect
        ALLOWED.put(UNQUALIFIED, EnumSet.of(PROSPECT, BLACKLISTED));
        // lifting a suspension follows a re-evaluation: back to QUALIFIED or RECTIFYING, or out
        ALLOWED.put(SUSPENDED, EnumSet.of(QUALIFIED, RECTIFYING, UNQUALIFIED, BLACKLISTED));
        // lifting a blacklist puts the supplier back at UNQUALIFIED, from where it must qualify again
        ALLOWED.put(BLACKLISTED, EnumSet.of(UNQUALIFIED));
    }

    /** How many approvals a transition needs before it takes effect, and whether one must be ADMIN or CISO. */
    public record Approval(int approvers, boolean needsAdminOrCiso) {

        static final Approval NONE = new Approval(0, false);

        public boolean needed() {
            return approvers > 0;
        }
    }

    private StatusTransitions() {
    }

    public static Set<SupplierStatus> allowedFrom(SupplierStatus from) {
        return Set.copyOf(ALLOWED.getOrDefault(from, EnumSet.noneOf(SupplierStatus.class)));
    }

    public static boolean isAllowed(SupplierStatus from, SupplierStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Blacklisting: one procurement manager; lifting a blacklist: two, one of them ADMIN or CISO. */
    public static Approval approvalFor(SupplierStatus from, SupplierStatus to) {
        if (from == BLACKLISTED) {
            return new Approval(2, true);
        }
        if (to == BLACKLISTED) {
            return new Approval(1, false);
        }
        return Approval.NONE;
    }
}
