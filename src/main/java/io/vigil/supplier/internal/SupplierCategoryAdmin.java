package io.vigil.supplier.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable list of supplier categories and the documents each requires. A category in use
 * is never deleted: it is deactivated, which keeps it on the suppliers that have it and in the
 * statistics, but no supplier can be given it any more.
 */
@Service
public class SupplierCategoryAdmin {

    static final String ENTITY = "SupplierCategory";

    private final SupplierCategoryRepository categories;
    private final ApplicationEventPublisher events;

    SupplierCategoryAdmin(SupplierCategoryRepository categories, ApplicationEventPublisher events) {
        this.categories = categories;
        this.events = events;
    }

    /** The document types a category can require, in their declared order. */
    public static List<String> documentTypes() {
        return Arrays.stream(SupplierDocument.Type.values()).map(Enum::name).toList();
    }

    @Transactional(readOnly = true)
    public List<CategoryAdminView> list() {
        Map<String, Long> counts = new HashMap<>();
        categories.countSuppliers().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, TreeSet<String>> required = new HashMap<>();
        categories.requiredDocuments()
                .forEach(row -> required.computeIfAbsent((String) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return categories.findAllByOrderBySortOrderAsc().stream().map(c -> view(c,
                counts.getOrDefault(c.getCode(), 0L), required.getOrDefault(c.getCode(), new TreeSet<>()))).toList();
    }

    @Transactional
    public CategoryAdminView create(CategoryData data) {
        reject(data.check(true));
        if (categories.existsById(data.code())) {
            throw new VigilException(HttpStatus.CONFLICT, "category-exists", "supplier.category.error.exists",
                    data.code());
        }
        int sortOrder = data.sortOrder() != null ? data.sortOrder() : nextSortOrder();
        SupplierCategory category = categories.save(new SupplierCategory(data.code(), data.nameEn(), data.nameZh(),
                sortOrder));
        if (Boolean.FALSE.equals(data.active())) {
            category.setActive(false);
        }
        replaceRequiredDocuments(category.getCode(), data);
        CategoryAdminView view = view(category, 0, new TreeSet<>(data.requiredDocuments()));
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, category.getCode(), null,
                "Created supplier category " + category.getCode(), Map.of(), fields(view)));
        return view;
    }

    @Transactional
    public CategoryAdminView update(String code, CategoryData data) {
        reject(data.check(false));
        SupplierCategory category = categories.findById(code)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, code));
        CategoryAdminView before = find(code);
        category.rename(data.nameEn(), data.nameZh(), data.sortOrder() != null ? data.sortOrder()
                : category.getSortOrder());
        if (data.active() != null) {
            category.setActive(data.active());
        }
        replaceRequiredDocuments(code, data);
        CategoryAdminView after = view(category, before.suppliers(), new TreeSet<>(data.requiredDocuments()));
        events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, code, null,
                "Changed supplier category " + code, fields(before), fields(after)));
        return after;
    }

    private CategoryAdminView find(String code) {
        return list().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, code));
    }

    private void replaceRequiredDocuments(String code, CategoryData data) {
        categories.flush();
        categories.clearRequiredDocuments(code);
        new TreeSet<>(data.requiredDocuments()).forEach(type -> categories.addRequiredDocument(code, type));
    }

    private int nextSortOrder() {
        return categories.findAllByOrderBySortOrderAsc().stream().mapToInt(SupplierCategory::getSortOrder).max()
                .orElse(0) + 10;
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
    }

    private static CategoryAdminView view(SupplierCategory c, long suppliers, TreeSet<String> required) {
        return new CategoryAdminView(c.getCode(), c.getNameEn(), c.getNameZh(), c.getSortOrder(), c.isActive(),
                suppliers, new ArrayList<>(required));
    }

    private static Map<String, Object> fields(CategoryAdminView v) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nameEn", v.nameEn());
        fields.put("nameZh", v.nameZh());
        fields.put("sortOrder", v.sortOrder());
        fields.put("active", v.active());
        fields.put("requiredDocuments", String.join(",", v.requiredDocuments()));
        return fields;
    }
}
