package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.vigil.supplier.internal.CategoryAdminView;
import io.vigil.supplier.internal.CategoryData;
import io.vigil.supplier.internal.SupplierCategoryAdmin;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configurable supplier categories and the documents each requires. */
@RestController
@RequestMapping("/api/v1/supplier-categories")
class SupplierCategoryApiController {

    private final SupplierCategoryAdmin categories;

    SupplierCategoryApiController(SupplierCategoryAdmin categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Every category (active or not) with its required document types and how many suppliers have it")
    List<CategoryAdminView> list() {
        return categories.list();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supplier:approve')")
    @Operation(summary = "Add a category {code, nameEn, nameZh, sortOrder?, requiredDocuments[]}; a taken code is 409")
    ResponseEntity<CategoryAdminView> create(@RequestBody CategoryData data) {
        CategoryAdminView created = categories.create(data);
        return ResponseEntity.created(URI.create("/api/v1/supplier-categories/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('supplier:approve')")
    @Operation(summary = "Rename, reorder, (de)activate a category and set its required documents; "
            + "a deactivated category stays on its suppliers but is given to no new one")
    CategoryAdminView update(@PathVariable String code, @RequestBody CategoryData data) {
        return categories.update(code, data);
    }
}
