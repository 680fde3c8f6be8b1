package io.vigil.compliance;

public enum TestResult { EFFECTIVE, PARTLY, INEFFECTIVE }
