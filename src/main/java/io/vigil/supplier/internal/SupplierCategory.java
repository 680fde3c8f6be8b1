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
