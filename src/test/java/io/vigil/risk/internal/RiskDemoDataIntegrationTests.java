package io.vigil.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.identity.OrgUnits;
import io.vigil.risk.AssetInventory;
import io.vigil.risk.RiskStatus;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@VigilIntegrationTest
class RiskDemoDataIntegrationTests {

    @Autowired
    AssetRepository assets;

    @Autowired
    RiskRepository risks;

    @Autowired
    RiskPlanItemRepository planItems;

    @Autowired
    RiskScoreRecordRepository scores;

    @Autowired
    RiskMatrix matrix;

    @Autowired
    RiskProperties properties;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserRefs users;

    @Autowired
    Tasks tasks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    AssetInventory inventory;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void demoDataHasAboutOneHundredFiftyValidAssetsAndSixtyRisksWithAcceptancesAndPlans() {
        RiskDemoData demo = new RiskDemoData(assets, risks, planItems, scores, matrix, properties, orgUnits, users,
                tasks, events, clock);
        // the demo units may be missing here: everything then falls back to the root unit
        // as the bean would: one transaction per run; the second run finds the data and does nothing
        transactions.executeWithoutResult(status -> demo.run(null));
        transactions.executeWithoutResult(status -> demo.run(null));

        transactions.executeWithoutResult(status -> {
            List<Asset> demoAssets = assets.findAll().stream()
                    .filter(a -> a.getCode().matches("(BJ|SH|GZ)-.*|CLD-.*|IT-.*|SEC-APP-.*|INF-.*|EP-.*|SUP-.*"))
                    .toList();
            assertThat(demoAssets).hasSizeBetween(140, 170);
            assertThat(demoAssets).allSatisfy(a -> assertThat(AssetRules.check(a.data())).isEmpty());
            List<Risk> demoRisks = risks.findAll().stream().filter(r -> r.getCode().matches("R-\\d{4}")).toList();
            assertThat(demoRisks).hasSizeBetween(50, 70);
            assertThat(demoRisks).filteredOn(r -> r.getStatus() == RiskStatus.ACCEPTED).hasSizeGreaterThanOrEqualTo(5);
            assertThat(demoRisks).filteredOn(r -> r.getStatus() == RiskStatus.TREATING).hasSizeGreaterThanOrEqualTo(10);
            assertThat(demoRisks).allSatisfy(r -> assertThat(r.getAssetIds()).isNotEmpty());
        });
        assertThat(inventory.findByHostname("bj-hv001.dc.vigil-demo.cn")).singleElement()
                .satisfies(a -> assertThat(a.code()).isEqualTo("BJ-SRV-001"));
        assertThat(inventory.findByIpAddress("10.20.1.11")).singleElement()
                .satisfies(a -> assertThat(a.code()).isEqualTo("SH-SRV-001"));
    }
}
