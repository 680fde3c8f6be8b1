package io.vigil.supplier.internal.review;

import io.vigil.shared.security.VigilPrincipal;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.SupplierStatusChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a rectification plan whenever a supplier becomes RECTIFYING, however it got there (a
 * confirmed review, a manual change, a lifted suspension). Synchronous, inside the transaction that
 * changed the status, so the plan and the status commit or roll back together. When the change came
 * from a review, the plan starts with that review's weak criteria and red-line events as issues.
 */
@Component
class RectificationOpener {

    private final RectificationService rectification;
    private final ReviewRepository reviews;
    private final ReviewCriterionRepository criteria;
    private final ReviewSettings settings;

    RectificationOpener(RectificationService rectification, ReviewRepository reviews,
            ReviewCriterionRepository criteria, ReviewSettings settings) {
        this.rectification = rectification;
        this.reviews = reviews;
        this.criteria = criteria;
        this.settings = settings;
    }

    @EventListener
    void on(SupplierStatusChanged event) {
        if (event.to() != SupplierStatus.RECTIFYING) {
            return;
        }
        Optional<Review> review = reviews.findBySupplierIdOrderByPeriodStartDescPeriodDesc(event.supplierId()).stream()
                .filter(r -> r.getState() == Review.State.COMPLETED).findFirst();
        List<String> issues = new ArrayList<>();
        review.ifPresent(r -> issues.addAll(issuesOf(r)));
        if (issues.isEmpty()) {
            issues.add(event.reason() == null ? "Classified as RECTIFYING" : event.reason());
        }
        String actor = VigilPrincipal.current().isPresent() ? null : "system";
        rectification.openFor(event.supplierId(), review.map(Review::getId).orElse(null), issues, actor);
    }

    /** Red-line events and the criteria whose mean is below grade B. */
    private List<String> issuesOf(Review review) {
        List<String> issues = new ArrayList<>();
        review.getRedLines().forEach(r -> issues.add("Red line " + r.kind() + ": " + r.description()));
        List<CriterionView> scorecard = criteria.findByActiveTrueOrderBySortOrderAsc().stream()
                .map(ReviewCriterion::view).toList();
        ReviewScoring.Result result = ReviewService.compute(scorecard, review);
        for (CriterionView c : scorecard) {
            ReviewScoring.Line line = result.lines().stream().filter(l -> l.code().equals(c.code())).findFirst()
                    .orElse(null);
            if (line != null && line.mean() != null && line.mean() < settings.gradeB()) {
                issues.add(c.nameEn() + " / " + c.nameZh() + ": " + line.mean());
            }
        }
        return issues;
    }
}
