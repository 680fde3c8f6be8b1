package io.vigil.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeopleDemoDataTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private final Map<String, UUID> units = Map.of("GROUP", UUID.randomUUID(), "SEC", UUID.randomUUID(),
            "DC-BJ-OPS", UUID.randomUUID());

    private List<Employee> generate() {
        return PeopleDemoData.generate(code -> Optional.ofNullable(units.get(code)), TODAY, NOW);
    }

    @Test
    void aboutTwoHundredValidEmployeesWithUniqueNumbersAndEmails() {
        List<Employee> all = generate();

        assertThat(all).hasSizeBetween(180, 220);
        assertThat(all).allSatisfy(e -> assertThat(EmployeeRules.check(e.data())).isEmpty());
        assertThat(all.stream().map(Employee::getEmployeeNumber).distinct()).hasSameSizeAs(all);
        assertThat(all.stream().map(Employee::getEmail).distinct()).hasSameSizeAs(all);
        assertThat(all).allSatisfy(e -> assertThat(e.getName()).matches("\\p{IsHan}{2,3}"));
    }

    @Test
    void everyManagerComesBeforeTheirReportsAndThereIsOneTop() {
        Set<UUID> seen = new HashSet<>();
        for (Employee e : generate()) {
            assertThat(e.getManagerId() == null || seen.contains(e.getManagerId())).isTrue();
            seen.add(e.getId());
        }
        assertThat(generate().stream().filter(e -> e.getManagerId() == null)).hasSize(1);
    }

    @Test
    void departmentsWithoutTheirUnitFallBackToTheRootAndTheDataIsTheSameEveryTime() {
        Map<UUID, Long> perUnit = generate().stream()
                .collect(Collectors.groupingBy(Employee::getOrgUnitId, Collectors.counting()));

        assertThat(perUnit.keySet()).containsExactlyInAnyOrderElementsOf(units.values());
        assertThat(perUnit.get(units.get("SEC"))).isEqualTo(24);
        assertThat(generate()).extracting(Employee::getName)
                .containsExactlyElementsOf(generate().stream().map(Employee::getName).toList());
    }
}
