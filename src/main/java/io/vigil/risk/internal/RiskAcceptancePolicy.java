package io.vigil.risk.internal;

import io.vigil.risk.RiskLevel;
import java.util.Optional;

/**
 * Who may accept a risk. What is accepted is the residual risk, so its level and score decide:
 * <ul>
 * <li>LOW and MEDIUM: anyone holding {@code risk:approve} for the risk's unit;</li>
 * <li>HIGH and CRITICAL: only a CISO (the role held for the risk's unit);</li>
 * <li>a residual score above the risk appetite: only a CISO, whatever the band.</li>
 * </ul>
 * Nobody accepts a risk they own: acceptance is a second pair of eyes.
 */
public final class RiskAcceptancePolicy {

    /** What the policy needs to know about the person accepting. */
    public record Approver(boolean holdsApprove, boolean isCiso, boolean isRiskOwner) {
    }

    private RiskAcceptancePolicy() {
    }

    /** Empty when the approver may accept; otherwise the message key saying why not. */
    public static Optional<String> refusal(RiskLevel residualLevel, int residualScore, int appetite, Approver approver) {
        if (!approver.holdsApprove()) {
            return Optional.of("risk.accept.refused.noPermission");
        }
        if (approver.isRiskOwner()) {
            return Optional.of("risk.accept.refused.owner");
        }
        if ((residualLevel == RiskLevel.HIGH || residualLevel == RiskLevel.CRITICAL) && !approver.isCiso()) {
            return Optional.of("risk.accept.refused.needsCiso");
        }
        if (residualScore > appetite && !approver.isCiso()) {
            return Optional.of("risk.accept.refused.aboveAppetite");
        }
        return Optional.empty();
    }
}
