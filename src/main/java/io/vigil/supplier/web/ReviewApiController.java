package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.review.CriterionView;
import io.vigil.supplier.internal.review.ReviewQueries;
import io.vigil.supplier.internal.review.ReviewService;
import io.vigil.supplier.internal.review.ReviewSummary;
import io.vigil.supplier.internal.review.ReviewView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Performance and ESG reviews: open, declare, score, red lines, complete (snapshot), confirm; lists and ranking. */
@RestController
@Tag(name = "Supplier reviews")
class ReviewApiController {

    record OpenReview(String period) {
    }

    record Declaration(boolean conflict, String note) {
    }

    record Scores(Map<String, Integer> scores) {
    }

    record RedLine(String kind, String description) {
    }

    record Confirmation(String status, String reason, String reasonCode) {
    }

    private final ReviewService reviews;
    private final ReviewQueries queries;

    ReviewApiController(ReviewService reviews, ReviewQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    @GetMapping("/api/v1/suppliers/{id}/reviews")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's reviews, newest period first")
    List<ReviewView> ofSupplier(@PathVariable UUID id) {
        return reviews.ofSupplier(id);
    }

    @PostMapping("/api/v1/suppliers/{id}/reviews")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Open a review for a period (2026 or 2026-H1/2026-H2); one per supplier and period")
    ResponseEntity<ReviewView> open(@PathVariable UUID id, @RequestBody OpenReview body) {
        ReviewView created = reviews.open(id, body == null ? null : body.period());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/reviews")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Reviews in your units; state = OPEN, DUE, OVERDUE, COMPLETED, CONFIRMED or DONE")
    PageResponse<ReviewSummary> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String period, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(queries.list(new ReviewQueries.Filter(state, period, q),
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))), r -> r);
    }

    @GetMapping("/api/v1/reviews/criteria")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The scorecard template: weighted criteria (en + zh)")
    List<CriterionView> criteria() {
        return reviews.criteria();
    }

    @GetMapping("/api/v1/reviews/{reviewId}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One review: evaluators, scores, why this score, facts, red-line events, decision")
    ReviewView get(@PathVariable UUID reviewId) {
        return reviews.view(reviewId);
    }

    @GetMapping("/api/v1/reviews/{reviewId}/snapshot")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The immutable snapshot written when the review was completed (read only)")
    Map<String, Object> snapshot(@PathVariable UUID reviewId) {
        return reviews.snapshot(reviewId);
    }

    @PostMapping("/api/v1/reviews/{reviewId}/declaration")
    @PreAuthorize("hasAuthority('supplier:write') or hasAuthority('supplier:approve')")
    @Operation(summary = "Declare a conflict of interest (or none) before scoring; a declared conflict blocks you")
    ReviewView declare(@PathVariable UUID reviewId, @RequestBody Declaration body) {
        return reviews.declare(reviewId, body != null && body.conflict(), body == null ? null : body.note());
    }

    @PostMapping("/api/v1/reviews/{reviewId}/scores")
    @PreAuthorize("hasAuthority('supplier:write') or hasAuthority('supplier:approve')")
    @Operation(summary = "Your scores per criterion, 0-100 or null for no data (replaces your earlier scores)")
    ReviewView score(@PathVariable UUID reviewId, @RequestBody Scores body) {
        return reviews.score(reviewId, body == null ? null : body.scores());
    }

    @PostMapping("/api/v1/reviews/{reviewId}/red-lines")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Record a confirmed red-line event (bribery, data breach, …): grade D whatever the score")
    ReviewView redLine(@PathVariable UUID reviewId, @RequestBody RedLine body) {
        return reviews.recordRedLine(reviewId, body == null ? null : body.kind(),
                body == null ? null : body.description());
    }

    @PostMapping("/api/v1/reviews/{reviewId}/complete")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Complete: grade, proposal and the immutable snapshot; a second call is 409")
    ReviewView complete(@PathVariable UUID reviewId) {
        return reviews.complete(reviewId);
    }

    @PostMapping("/api/v1/reviews/{reviewId}/confirm")
    @PreAuthorize("hasAuthority('supplier:approve')")
    @Operation(summary = "Confirm the proposal ({}), or override it with {\"status\",\"reason\"}; KEEP keeps the status")
    ReviewView confirm(@PathVariable UUID reviewId, @RequestBody(required = false) Confirmation body) {
        return reviews.confirm(reviewId, body == null ? null : body.status(), body == null ? null : body.reason(),
                body == null ? null : body.reasonCode());
    }

    @GetMapping("/api/v1/suppliers/ranking")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Suppliers ranked by their latest completed review; filter by category and minimum grade")
    PageResponse<ReviewQueries.RankingRow> ranking(@RequestParam(required = false) String category,
            @RequestParam(required = false) String minGrade, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(queries.ranking(category, minGrade,
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))), r -> r);
    }
}
