package io.vigil.supplier.internal;

import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VisibleUnits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SRM dashboard for procurement staff ({@code supplier:read}) and the Audit Committee
 * ({@code reporting:read}): every {@link DashboardSection} computed for the units the caller holds
 * either permission in, so each sees the numbers of the suppliers in their own units only.
 */
@Service
@Transactional(readOnly = true)
public class SupplierDashboardService {

    static final String REPORTING = "reporting:read";

    /** A section ready to show: its key, template and numbers. */
    public record Section(String key, String template, Object data) {
    }

    public record Dashboard(LocalDate asOf, List<Section> sections) {

        /** Key → numbers, in page order: the API's answer. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("asOf", asOf);
            sections.forEach(s -> map.put(s.key(), s.data()));
            return map;
        }
    }

    private final List<DashboardSection> sections;
    private final DataScope scope;
    private final Clock clock;

    SupplierDashboardService(List<DashboardSection> sections, DataScope scope, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
        this.scope = scope;
        this.clock = clock;
    }

    public Dashboard dashboard() {
        Set<UUID> units = new HashSet<>(scope.visibleUnits(SupplierService.READ).ids());
        units.addAll(scope.visibleUnits(REPORTING).ids());
        VisibleUnits visible = new VisibleUnits(units);
        LocalDate today = LocalDate.now(clock);
        return new Dashboard(today, sections.stream()
                .map(s -> new Section(s.key(), s.template(), s.data(visible, today))).toList());
    }
}
