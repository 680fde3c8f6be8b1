package io.vigil.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }
}
