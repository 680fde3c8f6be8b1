package io.vigil.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreatCatalogueTests {

    @Test
    void shippedCatalogueHasAboutFortyThreatsEachNamedInEnglishAndChinese() {
        ThreatCatalogue catalogue = new ThreatCatalogue();
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalogue.all()).allSatisfy(t -> {
            assertThat(t.en()).isNotBlank();
            assertThat(t.zh()).isNotBlank().isNotEqualTo(t.en());
            assertThat(t.category()).isNotBlank();
        });
        assertThat(catalogue.find("T-ESS-01")).hasValueSatisfying(t -> assertThat(t.en()).contains("power"));
    }
}
