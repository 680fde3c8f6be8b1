package io.vigil.supplier.web;

import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.internal.Contact;
import io.vigil.supplier.internal.SupplierData;
import io.vigil.supplier.internal.SupplierView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The register/edit form: the supplier's fields with its first contact inline (further contacts are kept). */
public class SupplierForm {

    private String name;
    private String nameEn;
    private String creditCode;
    private String registrationNumber;
    private String country;
    private String website;
    private String address;
    private List<String> categories = new ArrayList<>();
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private CriticalityTier criticality = CriticalityTier.STANDARD;
    private String criticalityReason;
    private UUID orgUnitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    private long version;

    static SupplierForm of(SupplierView s) {
        SupplierForm form = new SupplierForm();
        form.name = s.name();
        form.nameEn = s.nameEn();
        form.creditCode = s.creditCode();
        form.registrationNumber = s.registrationNumber();
        form.country = s.country();
        form.website = s.website();
        form.address = s.address();
        form.categories = new ArrayList<>(s.categories());
        if (!s.contacts().isEmpty()) {
            Contact c = s.contacts().get(0);
            form.contactName = c.name();
            form.contactEmail = c.email();
            form.contactPhone = c.phone();
        }
        form.criticality = s.criticality();
        form.criticalityReason = s.criticalityReason();
        form.orgUnitId = s.orgUnitId();
        form.registeredOn = s.registeredOn();
        form.version = s.version();
        return form;
    }

    SupplierData toData(SupplierView existing) {
        List<Contact> contacts = new ArrayList<>();
        boolean anyContact = !(blank(contactName) && blank(contactEmail) && blank(contactPhone));
        if (anyContact) {
            String role = existing != null && !existing.contacts().isEmpty() ? existing.contacts().get(0).role() : null;
            contacts.add(new Contact(contactName, contactEmail, contactPhone, role));
        }
        if (existing != null && existing.contacts().size() > 1) {
            contacts.addAll(existing.contacts().subList(1, existing.contacts().size()));
        }
        return new SupplierData(name, nameEn, creditCode, registrationNumber, country, website, address,
                new LinkedHashSet<>(categories == null ? List.of() : categories), contacts, criticality,
                criticalityReason, existing == null ? null : existing.ownerId(), orgUnitId, registeredOn);
    }

    /** The form field an API field's error belongs to. */
    static String formField(String field) {
        return switch (field) {
            case "contacts[0].name" -> "contactName";
            case "contacts[0].email" -> "contactEmail";
            case "contacts[0].phone" -> "contactPhone";
            default -> field.startsWith("contacts") ? "contactName" : field;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public CriticalityTier getCriticality() { return criticality; }
    public void setCriticality(CriticalityTier criticality) { this.criticality = criticality; }
    public String getCriticalityReason() { return criticalityReason; }
    public void setCriticalityReason(String criticalityReason) { this.criticalityReason = criticalityReason; }
    public UUID getOrgUnitId() { return orgUnitId; }
    public void setOrgUnitId(UUID orgUnitId) { this.orgUnitId = orgUnitId; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
