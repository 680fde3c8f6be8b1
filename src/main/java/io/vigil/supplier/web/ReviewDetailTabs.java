package io.vigil.supplier.web;

import io.vigil.supplier.internal.review.RectificationService;
import io.vigil.supplier.internal.review.ReviewService;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Feeds the supplier page's "Reviews" and "Rectification" tabs without growing the page controller:
 * only when one of these tabs is asked for. The supplier's visibility is checked by the services.
 */
@ControllerAdvice(assignableTypes = SupplierPageController.class)
class ReviewDetailTabs {

    private final ReviewService reviews;
    private final RectificationService plans;

    ReviewDetailTabs(ReviewService reviews, RectificationService plans) {
        this.reviews = reviews;
        this.plans = plans;
    }

    @ModelAttribute
    void tabs(@PathVariable(name = "id", required = false) String id,
            @RequestParam(name = "tab", required = false) String tab, Model model) {
        if (id == null || tab == null || !(tab.equals("reviews") || tab.equals("rectification"))) {
            return;
        }
        UUID supplierId;
        try {
            supplierId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (tab.equals("reviews")) {
            model.addAttribute("supplierReviews", reviews.ofSupplier(supplierId));
        } else {
            model.addAttribute("supplierPlans", plans.ofSupplier(supplierId));
        }
    }
}
