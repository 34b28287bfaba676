package com.lepton.caselibrary.demorequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.lepton.caselibrary.demorequest.DemoRequestException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoRequestFormTest {

    private static DemoRequestForm form(String name, String organisation, String contact, String message) {
        return new DemoRequestForm(name, organisation, contact, message, "/cases/manufacturing-sorting", "en");
    }

    private static DemoRequestForm valid() {
        return form("Mei Chen", "Acme Textiles", "mei@acme.example", "Sorting our own garments, please.");
    }

    @Test
    void stripsTheTextsAndKeepsMarkupAsTyped() {
        DemoRequestForm clean = form(
                        "  Mei Chen ", "<b>Acme</b>", " +86 21 5555 0100 ", "<script>alert('x')</script>\nSecond line")
                .validated();
        assertThat(clean.name()).isEqualTo("Mei Chen");
        assertThat(clean.organisation()).isEqualTo("<b>Acme</b>");
        assertThat(clean.contact()).isEqualTo("+86 21 5555 0100");
        assertThat(clean.message()).isEqualTo("<script>alert('x')</script>\nSecond line");
        assertThat(clean.language()).isEqualTo("en");
    }

    @Test
    void acceptsChineseTextAndAnEmailAddress() {
        DemoRequestForm clean = new DemoRequestForm(
                        "陈梅", "某纺织公司", "mei@example.cn", "希望用我们的数据演示分拣。", "/solutions/risk-early-warning", "zh")
                .validated();
        assertThat(clean.language()).isEqualTo("zh");
        assertThat(clean.page()).isEqualTo("/solutions/risk-early-warning");
    }

    @Test
    void refusesEmptyFieldsNamingTheField() {
        assertRefused(form(" ", "Acme", "mei@acme.example", "hi"), "name", "request.error.required");
        assertRefused(form("Mei", null, "mei@acme.example", "hi"), "organisation", "request.error.required");
        assertRefused(form("Mei", "Acme", "", "hi"), "contact", "request.error.required");
        assertRefused(form("Mei", "Acme", "mei@acme.example", "\n \t"), "message", "request.error.required");
    }

    @Test
    void refusesOverLongFieldsWithTheLimit() {
        assertRefused(form("x".repeat(101), "Acme", "mei@acme.example", "hi"), "name", "request.error.toolong");
        assertRefused(form("Mei", "x".repeat(151), "mei@acme.example", "hi"), "organisation", "request.error.toolong");
        assertRefused(
                form("Mei", "Acme", "mei@acme.example", "x".repeat(DemoRequestForm.MAX_MESSAGE + 1)),
                "message",
                "request.error.toolong");
        assertThatThrownBy(() -> form("Mei", "Acme", "mei@acme.example", "x".repeat(2001))
                        .validated())
                .satisfies(
                        e -> assertThat(((DemoRequestException) e).arguments()).containsExactly(2000));
        assertThat(form("Mei", "Acme", "mei@acme.example", "x".repeat(2000)).validated())
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mei", "mei@", "@acme.example", "mei@acme", "12345", "call me maybe", "a@b@c.example"})
    void refusesAContactThatIsNeitherMailNorTelephone(String contact) {
        assertRefused(form("Mei", "Acme", contact, "hi"), "contact", "request.error.contact");
    }

    @Test
    void refusesControlCharactersAndLineBreaksInSingleLineFields() {
        assertRefused(form("Mei\u0000", "Acme", "mei@acme.example", "hi"), "name", "request.error.control");
        assertRefused(form("Mei", "Ac\nme", "mei@acme.example", "hi"), "organisation", "request.error.control");
        assertRefused(form("Mei", "Acme", "mei@acme.example", "evil\u202Etxt.exe"), "message", "request.error.control");
        assertRefused(form("Mei", "Acme", "mei@acme.example", "bell\u0007"), "message", "request.error.control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/admin/accounts", "/cases/../admin", "https://evil.example/cases/x", "/cases/X"})
    void refusesAPageThatIsNotACaseOrSolution(String page) {
        DemoRequestForm form = new DemoRequestForm("Mei", "Acme", "mei@acme.example", "hi", page, "en");
        assertRefused(form, null, "request.error.page");
    }

    @Test
    void anEmptyFormNamesEveryFieldAtOnce() {
        assertThatThrownBy(() -> form(" ", null, "", "\n").validated())
                .isInstanceOfSatisfying(
                        DemoRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(Problem::field, Problem::messageKey)
                                .containsExactly(
                                        tuple("name", "request.error.required"),
                                        tuple("organisation", "request.error.required"),
                                        tuple("contact", "request.error.required"),
                                        tuple("message", "request.error.required")));
    }

    @Test
    void problemsOfDifferentKindsComeTogetherInTheOrderOfTheFields() {
        DemoRequestForm form =
                new DemoRequestForm("Mei\tChen", "Acme", "not a contact", "x".repeat(2001), "/admin/accounts", "en");
        assertThatThrownBy(form::validated).isInstanceOfSatisfying(DemoRequestException.class, refused -> {
            assertThat(refused.problems())
                    .extracting(Problem::field, Problem::messageKey)
                    .containsExactly(
                            tuple("name", "request.error.control"),
                            tuple("contact", "request.error.contact"),
                            tuple("message", "request.error.toolong"),
                            tuple(null, "request.error.page"));
            assertThat(refused.problems().get(2).arguments()).containsExactly(2000);
            // The first problem is also the exception's own message, for the logs.
            assertThat(refused.field()).isEqualTo("name");
            assertThat(refused.messageKey()).isEqualTo("request.error.control");
        });
    }

    @Test
    void aValidFormPasses() {
        assertThat(valid().validated()).isEqualTo(valid());
    }

    private static void assertRefused(DemoRequestForm form, String field, String key) {
        assertThatThrownBy(form::validated)
                .isInstanceOf(DemoRequestException.class)
                .satisfies(e -> {
                    DemoRequestException refused = (DemoRequestException) e;
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }
}
