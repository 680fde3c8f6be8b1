package io.vigil.supplier;

import java.time.LocalDate;

/**
 * Something another part of Vigil knows about a supplier that evaluators should see before they
 * score it: an open security finding on the supplier's service, an incident the supplier caused, a
 * lapsed document. Facts inform the evaluators; they never change a score by themselves.
 *
 * @param source   the module or component that knows it ({@code "supplier"}, {@code "vulnerability"})
 * @param kind     a short stable code ({@code DOCUMENT_LAPSED}, {@code OPEN_FINDING}, {@code INCIDENT})
 * @param severity {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param summary  one line a person reads
 * @param observedOn when it was observed or happened, if known
 * @param link     where to read more inside Vigil, if anywhere
 */
public record SupplierFact(String source, String kind, String severity, String summary, LocalDate observedOn,
        String link) {
}
