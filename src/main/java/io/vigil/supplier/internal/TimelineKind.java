package io.vigil.supplier.internal;

import io.vigil.audit.AuditHistory;
import io.vigil.supplier.internal.questionnaire.QuestionnaireService;
import io.vigil.supplier.internal.review.RectificationService;
import io.vigil.supplier.internal.review.ReviewService;
import java.util.Arrays;
import java.util.Set;

/**
 * What a supplier timeline entry is about, derived from the audited record type (and, for the
 * supplier itself, the action). A new record type that belongs to a supplier gets its own constant
 * here; until then its events show up as {@link #OTHER}.
 */
public enum TimelineKind {

    PROFILE(SupplierService.ENTITY, Set.of("CREATED", "UPDATED")),
    STATUS(SupplierService.ENTITY, Set.of("STATUS_CHANGE_REQUESTED", "STATUS_CHANGE_APPROVED",
            "STATUS_CHANGE_REJECTED", "STATUS_CHANGED")),
    ACCESS(AccessCaseService.ENTITY, Set.of()),
    DOCUMENT(SupplierDocumentService.ENTITY, Set.of()),
    SOURCING(SourcingService.ENTITY, Set.of()),
    PORTAL(SupplierPortalService.ENTITY, Set.of()),
    QUESTIONNAIRE(QuestionnaireService.ENTITY, Set.of()),
    REVIEW(ReviewService.ENTITY, Set.of()),
    RECTIFICATION(RectificationService.ENTITY, Set.of()),
    CONTRACT(ContractService.ENTITY, Set.of()),
    /** A record type this list does not know yet (it cannot be filtered on). */
    OTHER(null, Set.of());

    private final String entityType;
    private final Set<String> actions;

    TimelineKind(String entityType, Set<String> actions) {
        this.entityType = entityType;
        this.actions = actions;
    }

    /** The kinds a person can filter on. */
    public static TimelineKind[] filterable() {
        return Arrays.stream(values()).filter(k -> k != OTHER).toArray(TimelineKind[]::new);
    }

    static TimelineKind of(String entityType, String action) {
        if (SupplierService.ENTITY.equals(entityType)) {
            return STATUS.actions.contains(action) ? STATUS : PROFILE;
        }
        return Arrays.stream(values()).filter(k -> k.entityType != null && k.entityType.equals(entityType))
                .findFirst().orElse(OTHER);
    }

    AuditHistory.Kind selector() {
        return new AuditHistory.Kind(entityType, actions);
    }
}
