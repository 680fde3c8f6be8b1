package io.vigil.supplier.internal.review;

import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.SupplierStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only look-ups of the supplier register for work done without a user (the cycle job, the
 * listener opening rectification plans, demo data). People's reads go through {@code SupplierService},
 * which applies their data scope; this class never decides who may see what.
 */
@Component
class ReviewSuppliers {

    /** Classifications that are reviewed periodically: the suppliers we work with. */
    static final List<String> REVIEWED = List.of(SupplierStatus.QUALIFIED.name(), SupplierStatus.PREFERRED.name(),
            SupplierStatus.RECTIFYING.name());

    record SupplierRef(UUID id, String name, String nameEn, UUID orgUnitId, UUID ownerId, CriticalityTier tier,
            SupplierStatus status) {
    }

    private static final String COLUMNS = "s.id, s.name, s.name_en, s.org_unit_id, s.owner_id, s.criticality, s.status";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ReviewSuppliers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    Optional<SupplierRef> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM supplier s WHERE s.id = ?", ReviewSuppliers::ref, id).stream()
                .findFirst();
    }

    /** Reviewed suppliers of these tiers that have no review for the period yet: one query per period. */
    List<SupplierRef> withoutReview(Collection<CriticalityTier> tiers, String period) {
        if (tiers.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT " + COLUMNS + " FROM supplier s WHERE s.status IN (:statuses)"
                        + " AND s.criticality IN (:tiers) AND NOT EXISTS (SELECT 1 FROM supplier_review r"
                        + " WHERE r.supplier_id = s.id AND r.period = :period) ORDER BY s.name",
                new MapSqlParameterSource("statuses", REVIEWED)
                        .addValue("tiers", tiers.stream().map(Enum::name).toList()).addValue("period", period),
                ReviewSuppliers::ref);
    }

    /** Every supplier in one of the statuses (demo data). */
    List<SupplierRef> withStatus(Collection<String> statuses) {
        return named.query("SELECT " + COLUMNS + " FROM supplier s WHERE s.status IN (:statuses) ORDER BY s.name",
                new MapSqlParameterSource("statuses", statuses), ReviewSuppliers::ref);
    }

    /** The supplier a portal account is linked to (demo data). */
    Optional<UUID> linkedTo(UUID userId) {
        return jdbc.query("SELECT supplier_id FROM supplier_contact_account WHERE user_id = ?",
                (rs, i) -> rs.getObject("supplier_id", UUID.class), userId).stream().findFirst();
    }

    private static SupplierRef ref(ResultSet rs, int row) throws SQLException {
        return new SupplierRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("name_en"),
                rs.getObject("org_unit_id", UUID.class), rs.getObject("owner_id", UUID.class),
                CriticalityTier.valueOf(rs.getString("criticality")), SupplierStatus.valueOf(rs.getString("status")));
    }
}
