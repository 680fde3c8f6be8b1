package io.vigil;

import io.vigil.audit.AuditVerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class VigilApplication {

    public static void main(String[] args) {
        // an offline command must not start the web application (nor Flyway, bootstrap or schedulers)
        if (AuditVerifyCommand.matches(args)) {
            System.exit(AuditVerifyCommand.run(args));
        }
        SpringApplication.run(VigilApplication.class, args);
    }
}
