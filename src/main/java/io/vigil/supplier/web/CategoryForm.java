package io.vigil.supplier.web;

import io.vigil.supplier.internal.CategoryAdminView;
import io.vigil.supplier.internal.CategoryData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The category form's fields, bound by Spring MVC. */
public class CategoryForm {

    private String code;
    private String nameEn;
    private String nameZh;
    private Integer sortOrder;
    private boolean active = true;
    private List<String> requiredDocuments = new ArrayList<>();

    static CategoryForm of(CategoryAdminView view) {
        CategoryForm form = new CategoryForm();
        form.code = view.code();
        form.nameEn = view.nameEn();
        form.nameZh = view.nameZh();
        form.sortOrder = view.sortOrder();
        form.active = view.active();
        form.requiredDocuments = new ArrayList<>(view.requiredDocuments());
        return form;
    }

    CategoryData toData() {
        return new CategoryData(code, nameEn, nameZh, sortOrder, active, new HashSet<>(requiredDocuments));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<String> getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(List<String> requiredDocuments) {
        this.requiredDocuments = requiredDocuments == null ? new ArrayList<>() : requiredDocuments;
    }
}
