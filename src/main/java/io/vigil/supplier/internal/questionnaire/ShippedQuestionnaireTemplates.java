package io.vigil.supplier.internal.questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the templates shipped in {@code supplier/questionnaires/*.json} at start-up: a new code is
 * added as a published version, a file whose {@code version} is newer than any shipped before is added
 * as the code's next version, anything else is left alone (so restarts change nothing).
 */
@Component
@Order(20)
class ShippedQuestionnaireTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedQuestionnaireTemplates.class);
    static final String LOCATION = "classpath:supplier/questionnaires/*.json";

    private final QuestionnaireTemplateService templates;

    ShippedQuestionnaireTemplates(QuestionnaireTemplateService templates) {
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            String json = file.getContentAsString(StandardCharsets.UTF_8);
            try {
                if (templates.loadShipped(json, file.getFilename())) {
                    log.info("Loaded shipped questionnaire template {}", file.getFilename());
                }
            } catch (DataIntegrityViolationException e) {
                // another instance loaded the same version at the same moment
                log.info("Shipped questionnaire template {} already loaded", file.getFilename());
            }
        }
    }
}
