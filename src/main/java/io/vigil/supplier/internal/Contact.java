package io.vigil.supplier.internal;

/** A person to talk to at the supplier. */
public record Contact(String name, String email, String phone, String role) {
}
