package io.vigil.identity.internal;

/** Account status; LOCKED is set by too many failed logins and lifts itself after the lock period. */
public enum UserStatus {
    ACTIVE, LOCKED, DISABLED
}
