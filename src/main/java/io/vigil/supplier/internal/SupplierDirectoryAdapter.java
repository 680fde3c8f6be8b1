package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SupplierDirectory} over the register: one query per call. */
@Component
@Transactional(readOnly = true)
class SupplierDirectoryAdapter implements SupplierDirectory {

    private final SupplierRepository suppliers;

    SupplierDirectoryAdapter(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    @Override
    public Optional<Entry> find(UUID id) {
        return id == null ? Optional.empty() : suppliers.findById(id).map(SupplierDirectoryAdapter::entry);
    }

    @Override
    public List<Entry> search(String query, int limit) {
        String like = query == null || query.isBlank() ? null
                : "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        Specification<Supplier> spec = (root, q, cb) -> like == null ? cb.conjunction()
                : cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), like, '\\'));
        return suppliers.findAll(spec, PageRequest.of(0, Math.max(1, Math.min(limit, 500)), Sort.by("name")))
                .map(SupplierDirectoryAdapter::entry).getContent();
    }

    private static Entry entry(Supplier s) {
        return new Entry(s.getId(), s.getName(), s.getNameEn(), s.getStatus(), s.getOrgUnitId());
    }
}
