package io.vigil.supplier.internal;

import java.util.List;

/**
 * The onboarding funnel: per stage how many cases reached it, how many wait in it now, and the median and
 * mean days cases spent in it (completed stays only); standard vs express share; decided counts.
 */
public record AccessFunnel(List<StageFigures> stages, long total, long standard, long express, double expressShare,
        long open, long approved, long rejected) {

    public record StageFigures(String stage, long reached, long waiting, long completed, Double medianDays,
            Double meanDays) {
    }
}
