package io.vigil.supplier.internal;

import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.util.UUID;

/** The list's filters; null means "any". {@code overdueCatchUp} keeps only express cases past their catch-up deadline. */
public record AccessCaseFilter(Stage stage, Kind kind, String state, boolean overdueCatchUp, UUID ownerId,
        UUID supplierId) {

    public boolean any() {
        return stage != null || kind != null || state != null || overdueCatchUp || ownerId != null || supplierId != null;
    }

    AccessCase.State parsedState() {
        try {
            return state == null || state.isBlank() ? null : AccessCase.State.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
