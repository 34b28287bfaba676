package com.lepton.caselibrary.finetune;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fine-tuning's settings that are values rather than services. */
@Configuration(proxyBeanMethods = false)
class FineTuneConfiguration {

    /** This process's holding rules: its holder name, and whether it is alone on its database (H2). */
    @Bean
    JobHolding jobHolding(FineTuneProperties properties, @Value("${spring.datasource.url}") String url) {
        return new JobHolding(
                JobHolding.name(properties.replicaName()), url.startsWith("jdbc:h2:"), properties.holderTimeout());
    }
}
