package io.vigil.compliance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Installs the shipped framework packs and mappings at start-up, on every profile: packs whose
 * stored revision is current are left alone, so restarts and several nodes change nothing twice.
 */
@Component
@Order(5)
class FrameworkPackLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FrameworkPackLoader.class);

    private final FrameworkService frameworks;

    FrameworkPackLoader(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (FrameworkPacks.Pack pack : FrameworkPacks.shipped()) {
            frameworks.installPack(pack);
        }
        int added = frameworks.installMappings(FrameworkPacks.shippedMappings());
        if (added > 0) {
            log.info("{} framework mapping(s) installed", added);
        }
    }
}
