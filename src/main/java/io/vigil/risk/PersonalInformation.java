package io.vigil.risk;

/** Whether an asset holds personal information as the Personal Information Protection Law defines it. */
public enum PersonalInformation {
    NONE, PERSONAL, SENSITIVE
}
