package io.vigil.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SupplierDemoDataTests {

    private final Set<String> categories = Set.of("IT_EQUIPMENT", "POWER_COOLING", "CONSTRUCTION", "NETWORK_BANDWIDTH",
            "SOFTWARE", "PROFESSIONAL_SERVICES", "FACILITY_SERVICES", "SECURITY_SERVICES", "LOGISTICS");

    private List<Supplier> generate() {
        return SupplierDemoData.generate(UUID.randomUUID(), LocalDate.of(2026, 11, 28),
                Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void aboutThreeHundredValidSuppliersWithUniqueIdentifiers() {
        List<Supplier> all = generate();

        assertThat(all).hasSizeBetween(280, 320);
        assertThat(all).allSatisfy(s -> assertThat(SupplierRules.check(s.data(), categories)).isEmpty());
        assertThat(all.stream().map(s -> s.getCreditCode() != null ? s.getCreditCode() : s.getRegistrationNumber())
                .distinct()).hasSameSizeAs(all);
        assertThat(all.stream().map(Supplier::getName).distinct()).hasSameSizeAs(all);
    }

    @Test
    void everyRegionGroupAndEveryClassificationIsPresent() {
        List<Supplier> all = generate();

        assertThat(all.stream().map(Supplier::getRegion).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RegionGroup.values());
        assertThat(all.stream().map(Supplier::getStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SupplierStatus.values());
    }

    @Test
    void theDataIsTheSameEveryTime() {
        assertThat(generate()).extracting(Supplier::getName)
                .containsExactlyElementsOf(generate().stream().map(Supplier::getName).toList());
    }

    @Test
    void requiredDocumentsAreMostlyValidWithSomeExpiringSoonAndSomeLapsed() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        List<Supplier> all = generate();
        List<Object[]> required = List.of(new Object[] {"IT_EQUIPMENT", "BUSINESS_LICENCE"},
                new Object[] {"IT_EQUIPMENT", "ISO9001"}, new Object[] {"SOFTWARE", "ISO27001"},
                new Object[] {"POWER_COOLING", "ISO9001"});
        List<SupplierDocument> docs = SupplierDemoData.documents(all, required, today, Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(docs).isNotEmpty();
        assertThat(docs).filteredOn(d -> !d.validOn(today)).isNotEmpty();
        assertThat(docs).filteredOn(d -> d.getValidTo() != null && d.validOn(today)
                && d.getValidTo().isBefore(today.plusDays(31))).isNotEmpty();
        assertThat(docs).filteredOn(d -> d.validOn(today)).hasSizeGreaterThan(docs.size() / 2);
    }

    @Test
    void openAccessCasesWaitInEveryStageStandardAndExpress() {
        List<AccessCase> cases = SupplierDemoData.accessCases(generate(), UUID.randomUUID(),
                Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(cases.stream().map(AccessCase::getStage).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AccessStages.Stage.values());
        assertThat(cases.stream().map(AccessCase::getKind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AccessStages.Kind.values());
    }
}
