package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link Contact} is stored: one row per contact, ordered. */
@Embeddable
class ContactRow {

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    private String role;

    protected ContactRow() {
    }

    ContactRow(Contact contact) {
        this.name = contact.name();
        this.email = contact.email();
        this.phone = contact.phone();
        this.role = contact.role();
    }

    Contact toContact() {
        return new Contact(name, email, phone, role);
    }
}
