package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A configurable category (rows in {@code supplier_category}), named in English and Chinese. */
@Entity
@Table(name = "supplier_category")
class SupplierCategory {

    @Id
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected SupplierCategory() {
    }

    SupplierCategory(String code, String nameEn, String nameZh, int sortOrder) {
        this.code = code;
        this.active = true;
        rename(nameEn, nameZh, sortOrder);
    }

    void rename(String nameEn, String nameZh, int sortOrder) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.sortOrder = sortOrder;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    boolean isActive() {
        return active;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameZh() {
        return nameZh;
    }

    CategoryView view() {
        return new CategoryView(code, nameEn, nameZh, active);
    }

    String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
