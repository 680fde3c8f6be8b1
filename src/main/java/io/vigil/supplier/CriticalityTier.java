package io.vigil.supplier;

/** How much the business depends on a supplier; drives review frequency. */
public enum CriticalityTier {
    CRITICAL, IMPORTANT, STANDARD
}
