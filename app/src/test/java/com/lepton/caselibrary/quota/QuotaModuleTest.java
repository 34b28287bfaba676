package com.lepton.caselibrary.quota;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.quota.QuotaBuckets.Allowance;
import com.lepton.caselibrary.quota.internal.MemoryQuotaBuckets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The quota module on its own (a Spring Modulith slice) with its default store: one portal keeps the buckets in
 * memory; a bucket gives its capacity, then says how long to wait, and keys do not share tokens.
 */
@ApplicationModuleTest
@TestPropertySource(
        properties = {
            "lepton.data-directory=target/module-tests/quota",
            "spring.datasource.url=jdbc:h2:mem:quota-module;DB_CLOSE_DELAY=-1"
        })
class QuotaModuleTest {

    @Autowired
    QuotaBuckets buckets;

    @Test
    void theDefaultStoreIsInMemory() {
        assertThat(buckets).isInstanceOf(MemoryQuotaBuckets.class);
    }

    @Test
    void aBucketGivesItsCapacityThenSaysHowLongToWait() {
        Allowance three = Allowance.perMinute(3);

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryTake(three, "visitor-a", 1)).isEmpty();
        }
        assertThat(buckets.tryTake(three, "visitor-a", 1))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(buckets.tryTake(three, "visitor-b", 1)).as("another key").isEmpty();
    }
}
