package com.lepton.caselibrary.quota.internal;

import com.lepton.caselibrary.quota.QuotaBuckets;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Where quotas live: {@code lepton.quotas.store=memory} (the default, one portal) or {@code database}
 * (PostgreSQL, shared by every replica; the postgres profile sets it). Chosen when the bean is made rather than by
 * a condition, because the fast start's ahead-of-time bean definitions fix every condition at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QuotaConfiguration {

    @Bean
    QuotaBuckets quotaBuckets(
            @Value("${lepton.quotas.store:memory}") String store, ObjectProvider<DataSource> dataSource, Clock clock) {
        return switch (store) {
            case "database" -> new DatabaseQuotaBuckets(dataSource.getObject(), clock);
            case "memory" -> new MemoryQuotaBuckets();
            default ->
                throw new IllegalStateException("lepton.quotas.store must be memory or database, not '" + store + "'");
        };
    }
}
