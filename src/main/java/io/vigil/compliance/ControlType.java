package io.vigil.compliance;

public enum ControlType { PREVENTIVE, DETECTIVE, CORRECTIVE }
