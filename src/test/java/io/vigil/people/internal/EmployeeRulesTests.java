package io.vigil.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.people.EmployeeStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmployeeRulesTests {

    private static EmployeeData data(String number, String email, LocalDate hired, LocalDate left,
            EmployeeStatus status) {
        return new EmployeeData(number, "张伟", null, email, null, UUID.randomUUID(), null, null, hired, left, status,
                null);
    }

    @Test
    void aCompleteEmployeePasses() {
        assertThat(EmployeeRules.check(data("E-1.a", "w@x.cn", LocalDate.of(2020, 1, 1), null, null))).isEmpty();
    }

    @Test
    void blanksCountAsMissing() {
        assertThat(EmployeeRules.check(data("  ", " ", null, null, null))).extracting(FieldProblem::field)
                .containsExactly("employeeNumber", "email", "hireDate");
    }

    @Test
    void leftNeedsALeaveDateOnOrAfterTheHireDate() {
        LocalDate hired = LocalDate.of(2020, 1, 1);
        assertThat(EmployeeRules.check(data("E1", "w@x.cn", hired, null, EmployeeStatus.LEFT)))
                .extracting(FieldProblem::messageKey).containsExactly("people.error.leftNeedsLeaveDate");
        assertThat(EmployeeRules.check(data("E1", "w@x.cn", hired, hired.minusDays(1), EmployeeStatus.LEFT)))
                .extracting(FieldProblem::messageKey).containsExactly("people.error.leaveBeforeHire");
        assertThat(EmployeeRules.check(data("E1", "w@x.cn", hired, hired, EmployeeStatus.LEFT))).isEmpty();
    }

    @Test
    void formatsAndLengthsAreChecked() {
        assertThat(EmployeeRules.check(data("E 1", "not-mail", LocalDate.now(), null, null)))
                .extracting(p -> p.field() + ":" + p.messageKey())
                .containsExactly("employeeNumber:people.error.format", "email:people.error.email");
        assertThat(EmployeeRules.check(data("E".repeat(33), "w@x.cn", LocalDate.now(), null, null)))
                .extracting(FieldProblem::messageKey).containsExactly("people.error.tooLong");
    }
}
