package com.lepton.caselibrary.demorequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo-request module alone with the quota module it uses (a Spring Modulith slice): a stored request is
 * announced as {@link DemoRequested} for whoever listens (the mailer), and a refused one announces nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "lepton.data-directory=target/module-tests/demorequest",
            "spring.datasource.url=jdbc:h2:mem:demorequest-module;DB_CLOSE_DELAY=-1",
            "lepton.demo-requests.per-address-per-hour=2"
        })
class DemoRequestModuleTest {

    @Autowired
    DemoRequestService requests;

    @Test
    void aStoredRequestIsAnnounced(AssertablePublishedEvents events) {
        DemoRequest saved = requests.submit(form("Ada"), "203.0.113.7");

        assertThat(events)
                .contains(DemoRequested.class)
                .matching(DemoRequested::id, saved.getId())
                .matching(DemoRequested::page, "/cases/manufacturing-sorting");
    }

    @Test
    void aFloodFromOneAddressIsRefusedAndAnnouncesNothingMore(AssertablePublishedEvents events) {
        requests.submit(form("Bo"), "198.51.100.1");
        requests.submit(form("Cy"), "198.51.100.1");

        assertThatThrownBy(() -> requests.submit(form("Di"), "198.51.100.1"))
                .isInstanceOfSatisfying(
                        DemoRequestException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("request.error.toomany"));
        assertThat(events.ofType(DemoRequested.class)).hasSize(2);
    }

    @Test
    void anInvalidFormCostsNoAllowance(AssertablePublishedEvents events) {
        assertThatThrownBy(() -> requests.submit(
                        new DemoRequestForm("Ed", "Acme", "not a contact", "hi", "/cases/x", "en"), "192.0.2.9"))
                .isInstanceOf(DemoRequestException.class);
        requests.submit(form("Ed"), "192.0.2.9");
        requests.submit(form("Ed"), "192.0.2.9");

        assertThat(events.ofType(DemoRequested.class)).hasSize(2);
    }

    private static DemoRequestForm form(String name) {
        return new DemoRequestForm(
                name, "Acme", "ops@example.com", "A demo, please", "/cases/manufacturing-sorting", "en");
    }
}
