/**
 * The tamper-evident audit trail: every {@link io.vigil.shared.audit.AuditableEvent} is appended,
 * in the publisher's transaction, to a SHA-256 hash chain that an endpoint and a command verify.
 * Other modules read a record's history through {@link io.vigil.audit.AuditHistory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
package io.vigil.audit;
