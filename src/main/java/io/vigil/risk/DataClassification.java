package io.vigil.risk;

/** The Data Security Law's classes of data an asset holds or processes. */
public enum DataClassification {
    GENERAL, IMPORTANT, CORE
}
