package io.vigil.compliance;

/** A requirement's status in an assessment. */
public enum ComplianceStatus { COMPLIANT, PARTLY, NON_COMPLIANT, NOT_APPLICABLE, NOT_ASSESSED }
