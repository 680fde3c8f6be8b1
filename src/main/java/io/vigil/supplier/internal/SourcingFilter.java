package io.vigil.supplier.internal;

/** Filters of the sourcing list; null means any. */
public record SourcingFilter(String state, String kind, String category, String q) {

    public static SourcingFilter none() {
        return new SourcingFilter(null, null, null, null);
    }

    public boolean any() {
        return state != null || kind != null || category != null || q != null;
    }
}
