package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierFact;
import io.vigil.supplier.SupplierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A review as the review page and the API read it. {@code result} is the live preview while the
 * review is open and the snapshot's figures once it is completed.
 */
public record ReviewView(UUID id, UUID supplierId, String supplierName, String supplierNameEn,
        SupplierStatus supplierStatus, UUID ownerId, String period, LocalDate periodStart, LocalDate dueDate,
        String state, boolean overdue, Double score, String grade, SupplierStatus proposal, String redLine,
        List<CriterionView> criteria, ReviewScoring.Result result, List<EvaluatorView> evaluators,
        List<RedLineView> redLines, DecisionView decision, List<SupplierFact> facts, Instant openedAt,
        Instant completedAt, long version) {

    public record EvaluatorView(UUID userId, String name, boolean conflict, String note, Instant declaredAt,
            Map<String, Integer> scores, boolean scored) {
    }

    public record RedLineView(UUID id, String kind, String description, String recordedBy, Instant recordedAt) {
    }

    public record DecisionView(String proposal, String decision, boolean overridden, String outcome, String reason,
            String decidedBy, Instant decidedAt) {
    }

    public boolean open() {
        return "OPEN".equals(state);
    }

    public boolean completed() {
        return "COMPLETED".equals(state);
    }

    public ReviewScoring.Line line(String criterion) {
        return result.lines().stream().filter(l -> l.code().equals(criterion)).findFirst().orElse(null);
    }
}
