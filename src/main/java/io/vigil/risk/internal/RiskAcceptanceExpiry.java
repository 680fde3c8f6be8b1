package io.vigil.risk.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lapses acceptances on their expiry day: an accepted risk whose acceptance expires today or earlier
 * needs a decision again ({@link Risk#lapseAcceptance}). The re-review task opened with the
 * acceptance (due on the expiry day) is left open: it is how the owner learns of the lapse.
 * Runs as the system; idempotent (a lapsed risk is no longer ACCEPTED), so a missed day is caught up.
 */
@Service
public class RiskAcceptanceExpiry {

    static final String SYSTEM = "system";

    private final RiskRepository risks;
    private final RiskPlanItemRepository planItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskAcceptanceExpiry(RiskRepository risks, RiskPlanItemRepository planItems, ApplicationEventPublisher events,
            Clock clock) {
        this.risks = risks;
        this.planItems = planItems;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many acceptances lapsed. */
    @Transactional
    public int lapseExpired() {
        LocalDate today = LocalDate.now(clock);
        List<Risk> expired = risks.acceptancesExpiringBy(today);
        if (expired.isEmpty()) {
            return 0;
        }
        Set<java.util.UUID> treating = planItems.withUnfinishedItems(expired.stream().map(Risk::getId).toList());
        for (Risk risk : expired) {
            Map<String, Object> before = risk.auditFields();
            LocalDate expiredOn = risk.getAcceptanceExpiresOn();
            risk.lapseAcceptance(treating.contains(risk.getId()), clock.instant());
            Map<String, Object> after = risk.auditFields();
            events.publishEvent(AuditableEvent.change("ACCEPTANCE_LAPSED", RiskService.ENTITY, risk.getId(),
                    risk.getOrgUnitId(), "Acceptance of risk " + risk.getCode() + " expired on " + expiredOn
                            + "; status back to " + risk.getStatus(),
                    AssetService.changed(before, after), AssetService.changed(after, before)).byActor(SYSTEM));
        }
        risks.flush();
        return expired.size();
    }
}
