package io.vigil.supplier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as the API and screens show it, with the supplier's name and the days left until its end. */
public record ContractView(UUID id, String number, String title, UUID supplierId, String supplierName,
        UUID eventId, BigDecimal value, String currency, LocalDate startDate, LocalDate endDate, UUID ownerId,
        String status, String statusReason, List<String> allowedStatuses, UUID orgUnitId, Instant createdAt,
        Long daysToEnd, long version) {

    /** Active and ending within the reminder window. */
    public boolean endingSoon() {
        return "ACTIVE".equals(status) && daysToEnd != null && daysToEnd >= 0
                && daysToEnd <= ContractService.REMINDER_DAYS;
    }

    static ContractView of(Contract c, String supplierName, LocalDate today) {
        return new ContractView(c.getId(), c.getNumber(), c.getTitle(), c.getSupplierId(), supplierName,
                c.getEventId(), c.getValue(), c.getCurrency(), c.getStartDate(), c.getEndDate(), c.getOwnerId(),
                c.getStatus().name(), c.getStatusReason(), c.getStatus().allowed().stream().map(Enum::name).toList(),
                c.getOrgUnitId(), c.getCreatedAt(),
                java.time.temporal.ChronoUnit.DAYS.between(today, c.getEndDate()), c.getVersion());
    }
}
