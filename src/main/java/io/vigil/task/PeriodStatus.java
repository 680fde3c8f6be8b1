package io.vigil.task;

/** A period of an obligation: open until its task is done (in time: done) or its deadline passes (missed). */
public enum PeriodStatus {
    OPEN, DONE, MISSED
}
