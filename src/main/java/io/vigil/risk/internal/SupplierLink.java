package io.vigil.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * A supplier an asset depends on: the name as text and, when known, the supplier module's id
 * (kept without validation — that module is separate and may not know the supplier yet).
 */
@Embeddable
public record SupplierLink(@Column(name = "supplier_name") String name, @Column(name = "supplier_id") UUID id) {
}
