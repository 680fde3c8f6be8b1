package io.vigil.supplier.internal;

import java.util.List;
import java.util.Set;

/** The file layout shared by import and export, so that an export can be imported again. */
public final class SupplierColumns {

    public static final String NAME = "name";
    public static final String NAME_EN = "name_en";
    public static final String CREDIT_CODE = "credit_code";
    public static final String COUNTRY = "country";
    public static final String CATEGORIES = "categories";
    public static final String CONTACT_NAME = "contact_name";
    public static final String CONTACT_EMAIL = "contact_email";
    public static final String CONTACT_PHONE = "contact_phone";
    public static final String REGISTERED_ON = "registered_on";

    public static final List<String> ALL = List.of(NAME, NAME_EN, CREDIT_CODE, COUNTRY, CATEGORIES, CONTACT_NAME,
            CONTACT_EMAIL, CONTACT_PHONE, REGISTERED_ON);

    public static final Set<String> REQUIRED = Set.of(NAME, CREDIT_CODE, COUNTRY);

    private SupplierColumns() {
    }

    /** The column that holds a {@link SupplierData} field, for pointing at the cell at fault. */
    static String forField(String field) {
        return switch (field) {
            case "nameEn" -> NAME_EN;
            case "creditCode", "registrationNumber" -> CREDIT_CODE;
            case "contacts[0].name" -> CONTACT_NAME;
            case "contacts[0].email" -> CONTACT_EMAIL;
            case "contacts[0].phone" -> CONTACT_PHONE;
            case "registeredOn" -> REGISTERED_ON;
            default -> field;
        };
    }
}
