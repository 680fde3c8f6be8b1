package io.vigil.supplier.internal.review;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of the scorecard's criteria and which of them are used. A change applies to reviews
 * completed from then on; completed reviews keep the weights in their immutable snapshot.
 */
@Service
public class ScorecardAdmin {

    static final String ENTITY = "SupplierReviewScorecard";
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    public record CriterionSetting(String code, String dimension, String nameEn, String nameZh, BigDecimal weight,
            boolean active) {
    }

    /** One criterion's new weight and state, as entered; {@code weight} is text so a typo can be named. */
    public record Change(String code, String weight, boolean active) {
    }

    private final ReviewCriterionRepository criteria;
    private final ApplicationEventPublisher events;

    ScorecardAdmin(ReviewCriterionRepository criteria, ApplicationEventPublisher events) {
        this.criteria = criteria;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CriterionSetting> settings() {
        return criteria.findAllByOrderBySortOrderAsc().stream().map(ScorecardAdmin::setting).toList();
    }

    /** Applies every change or none: a weight that is no number in (0, 100], an unknown code, or no criterion left. */
    @Transactional
    public List<CriterionSetting> update(List<Change> changes) {
        Map<String, ReviewCriterion> byCode = new LinkedHashMap<>();
        criteria.findAllByOrderBySortOrderAsc().forEach(c -> byCode.put(c.getCode(), c));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Change change : changes == null ? List.<Change>of() : changes) {
            String field = "weight." + change.code();
            if (!byCode.containsKey(change.code())) {
                problems.add(new FieldProblem(field, "supplier.scorecard.error.unknown", change.code()));
                continue;
            }
            BigDecimal weight = parse(change.weight());
            if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
                problems.add(new FieldProblem(field, "supplier.scorecard.error.weight", change.weight()));
            } else {
                weights.put(change.code(), weight.setScale(2, RoundingMode.HALF_UP));
            }
        }
        Map<String, Boolean> activeAfter = new LinkedHashMap<>();
        byCode.forEach((code, c) -> activeAfter.put(code, c.isActive()));
        changes.stream().filter(ch -> byCode.containsKey(ch.code()))
                .forEach(ch -> activeAfter.put(ch.code(), ch.active()));
        boolean anyActive = activeAfter.containsValue(true);
        if (!anyActive) {
            problems.add(new FieldProblem("active", "supplier.scorecard.error.noneActive"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        Map<String, Object> before = snapshot(byCode.values());
        for (Change change : changes) {
            ReviewCriterion criterion = byCode.get(change.code());
            criterion.setWeight(weights.get(change.code()));
            criterion.setActive(change.active());
        }
        criteria.flush();
        Map<String, Object> after = snapshot(byCode.values());
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, "scorecard", null,
                    "Supplier review scorecard weights changed", before, after));
        }
        return settings();
    }

    private static BigDecimal parse(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> snapshot(Iterable<ReviewCriterion> all) {
        Map<String, Object> values = new LinkedHashMap<>();
        all.forEach(c -> values.put(c.getCode(), c.isActive() ? c.getWeight().stripTrailingZeros().toPlainString() : "off"));
        return values;
    }

    private static CriterionSetting setting(ReviewCriterion c) {
        return new CriterionSetting(c.getCode(), c.getDimension(), c.getNameEn(), c.getNameZh(), c.getWeight(),
                c.isActive());
    }
}
