package io.vigil.supplier;

import java.util.List;
import java.util.UUID;

/**
 * Extension point: any module may contribute facts about a supplier that are shown to evaluators on
 * the review page (open security findings on the supplier's services, incidents caused by the
 * supplier, …). Implement it as a Spring bean in your own module; the supplier module collects every
 * bean of this type and never depends on the implementing module. Called with the evaluator's
 * security context, after the supplier module checked that the caller may see the supplier.
 * A provider that fails is skipped (logged), so one broken provider does not hide the review page.
 */
public interface SupplierFactsProvider {

    List<SupplierFact> factsFor(UUID supplierId);
}
