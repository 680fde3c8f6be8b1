package io.vigil.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster-wide locks for scheduled jobs: every node fires the same {@code @Scheduled} triggers and
 * the node that takes the job's row in {@code shedlock} runs it; the others skip that trigger.
 * Lock times use the JVM's UTC time rather than the database's ({@code usingDbTime()} is not
 * supported the same way on H2 and PostgreSQL); nodes keep their clocks in sync with NTP, and every
 * job is idempotent besides, so a skewed clock can cost a skipped trigger, never a duplicate.
 * Business time ("which period is due") comes from the injected {@link java.time.Clock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                .build());
    }
}
