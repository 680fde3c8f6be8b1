package io.vigil.notification.internal;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPolicyTests {

    private final ReminderPolicy defaults = new ReminderPolicy(List.of(30, 7, 1), true, 3, true, Role.CISO, false);

    @Test
    void nothingIsDueBeforeTheFirstOffset() {
        assertThat(defaults.stageOn(parse("2026-12-31"), parse("2026-11-01"))).isEmpty();
    }

    @Test
    void theStageIsTheLatestOffsetReached() {
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-11-01"))).contains("D-30");
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-11-20"))).contains("D-30");
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-11-24"))).contains("D-7");
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-11-30"))).contains("D-1");
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-12-01"))).contains("D-1");
    }

    @Test
    void afterTheDueDateTheStageIsOverdueSoSkippedRemindersAreNotSentLate() {
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2026-12-02"))).contains("OVERDUE");
        assertThat(defaults.stageOn(parse("2026-12-01"), parse("2027-01-15"))).contains("OVERDUE");
        ReminderPolicy quiet = new ReminderPolicy(List.of(7), false, null, false, null, false);
        assertThat(quiet.stageOn(parse("2026-12-01"), parse("2026-12-02"))).isEmpty();
    }

    @Test
    void escalationIsDueFromTheConfiguredDaysAfterTheDueDate() {
        assertThat(defaults.escalationDueOn(parse("2026-12-01"), parse("2026-12-03"))).isFalse();
        assertThat(defaults.escalationDueOn(parse("2026-12-01"), parse("2026-12-04"))).isTrue();
        assertThat(new ReminderPolicy(List.of(1), true, null, true, Role.CISO, false)
                .escalationDueOn(parse("2026-12-01"), parse("2027-12-01"))).isFalse();
    }

    @Test
    void escalationNeedsSomeoneToEscalateTo() {
        ReminderPolicy nobody = new ReminderPolicy(List.of(1), true, 3, false, null, false);
        assertThat(nobody.escalationDueOn(parse("2026-12-01"), parse("2027-01-01"))).isFalse();
        ReminderPolicy managerOnly = new ReminderPolicy(List.of(1), true, 3, true, null, false);
        assertThat(managerOnly.escalationDueOn(parse("2026-12-01"), parse("2026-12-04"))).isTrue();
    }

    @Test
    void aUserOwnedTaskEscalatesToTheManagerAndTheRole() {
        assertThat(defaults.escalationTargets(true))
                .isEqualTo(new ReminderPolicy.EscalationTargets(true, Role.CISO));
    }

    @Test
    void aRoleOwnedTaskEscalatesOnlyToTheRoleBecauseARoleHasNoManager() {
        assertThat(defaults.escalationTargets(false))
                .isEqualTo(new ReminderPolicy.EscalationTargets(false, Role.CISO));
        ReminderPolicy managerOnly = new ReminderPolicy(List.of(1), true, 3, true, null, false);
        assertThat(managerOnly.escalationTargets(false)).isEqualTo(new ReminderPolicy.EscalationTargets(false, null));
    }

    @Test
    void aRuleWithoutManagerEscalationLeavesTheManagerOut() {
        ReminderPolicy roleOnly = new ReminderPolicy(List.of(1), true, 3, false, Role.CISO, false);
        assertThat(roleOnly.escalationTargets(true)).isEqualTo(new ReminderPolicy.EscalationTargets(false, Role.CISO));
    }
}
