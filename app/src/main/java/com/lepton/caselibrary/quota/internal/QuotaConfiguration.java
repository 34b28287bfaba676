package com.lepton.caselibrary.quota.internal;

import com.lepton.caselibrary.quota.QuotaBuckets;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Where quotas live: {@code lepton.quotas.store=memory} (the default, one portal) or {@code database}
 * (PostgreSQL, shared by every replica; the postgres profile sets it).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QuotaConfiguration {

    @Bean
    @ConditionalOnProperty(name = "lepton.quotas.store", havingValue = "database")
    QuotaBuckets databaseQuotaBuckets(DataSource dataSource) {
        return new DatabaseQuotaBuckets(dataSource, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "lepton.quotas.store", havingValue = "memory", matchIfMissing = true)
    QuotaBuckets memoryQuotaBuckets() {
        return new MemoryQuotaBuckets();
    }
}
