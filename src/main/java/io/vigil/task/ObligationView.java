package io.vigil.task;

import io.vigil.identity.Role;
import java.time.LocalDate;
import java.util.UUID;

/** A recurring obligation: its cadence as an RRULE, its scope, owner and the template of its tasks. */
public record ObligationView(UUID id, String code, String title, String titleZh, String description, String kind,
        String rrule, LocalDate startsOn, int deadlineDays, UUID orgUnitId, String scope, UUID ownerUserId,
        Role ownerRole, TaskPriority priority, boolean active, long version) {
}
