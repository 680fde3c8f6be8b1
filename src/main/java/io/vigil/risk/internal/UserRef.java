package io.vigil.risk.internal;

import java.util.UUID;

/** A user named on a record (owner, custodian, approver). */
public record UserRef(UUID id, String username, String displayName) {
}
