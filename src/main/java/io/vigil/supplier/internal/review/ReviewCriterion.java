package io.vigil.supplier.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One weighted criterion of the scorecard template (rows in {@code supplier_review_criterion}). */
@Entity
@Table(name = "supplier_review_criterion")
class ReviewCriterion {

    @Id
    private String code;

    @Column(nullable = false)
    private String dimension;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(nullable = false)
    private BigDecimal weight;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ReviewCriterion() {
    }

    String getCode() {
        return code;
    }

    String getDimension() {
        return dimension;
    }

    BigDecimal getWeight() {
        return weight;
    }

    boolean isActive() {
        return active;
    }

    void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameZh() {
        return nameZh;
    }

    CriterionView view() {
        return new CriterionView(code, dimension, nameEn, nameZh, weight.doubleValue());
    }
}
