package com.lepton.caselibrary.layout;

import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;

/**
 * The frame around every page: brand, navigation, sign-in or the signed-in user's links, language
 * switch, footer. Links are plain URLs so the layout does not depend on the feature views.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();
    private final AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("app");
        content.addClassName("app-content");
        content.setId("main-content");
        add(configureHeader(), content, configureFooter());
        getElement()
                .executeJs(
                        "document.documentElement.lang = $0",
                        Languages.isChinese(Languages.current()) ? "zh-CN" : "en");
    }

    private Header configureHeader() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("brand");
        Span mark = new Span("λ");
        mark.addClassName("brand-mark");
        brand.add(mark, new Span(getTranslation("app.name")));
        brand.setId("brand");

        Nav nav = new Nav(
                link("", "nav.home"),
                link("solutions", "nav.solutions"),
                link("cases", "nav.cases"),
                link("compare", "nav.compare"),
                link("guide", "nav.guide"),
                link("search", "nav.search"));
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));

        Button language = new Button(getTranslation("nav.language"), click -> switchLanguage());
        language.setId("language-toggle");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("aria-label", getTranslation("nav.language.aria"));

        Header header = new Header(brand, nav, configureAccount(), language);
        header.addClassName("app-header");
        return header;
    }

    /** Sign in for visitors; for accounts, their role's pages, the password page and sign out. */
    private Div configureAccount() {
        Div account = new Div();
        account.addClassName("app-account");
        account.setId("account-menu");
        if (!authentication.isAuthenticated()) {
            Anchor signIn = link("login", "nav.sign-in");
            signIn.setId("sign-in");
            account.add(signIn);
            return account;
        }
        if (authentication.hasAnyRole("CONSULTANT", "ADMIN")) {
            Anchor requests = link("demo-requests", "nav.requests");
            requests.setId("nav-requests");
            Anchor fineTunes = link("fine-tunes", "nav.fine-tunes");
            fineTunes.setId("nav-fine-tunes");
            account.add(link("decks", "nav.decks"), requests, fineTunes);
        }
        if (authentication.hasAnyRole("PARTNER", "ADMIN")) {
            account.add(link("plugins", "nav.plugins"));
        }
        if (authentication.hasRole("ADMIN")) {
            account.add(link("admin/accounts", "nav.accounts"), link("admin/operations", "nav.operations"));
        }
        Anchor user =
                new Anchor("account/password", authentication.getPrincipalName().orElse(""));
        user.addClassName("nav-link");
        user.setId("account-name");
        user.getElement().setAttribute("title", getTranslation("nav.password"));
        Button signOut = new Button(getTranslation("nav.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.add(user, signOut);
        return account;
    }

    private Anchor link(String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.addClassName("nav-link");
        return anchor;
    }

    private Footer configureFooter() {
        Footer footer = new Footer(new Span(getTranslation("footer.text")));
        footer.addClassName("app-footer");
        return footer;
    }

    private void switchLanguage() {
        Languages.switchTo(Languages.isChinese(getLocale()) ? Languages.ENGLISH : Languages.CHINESE);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }

    /** For views that want to scroll to the top of the content. */
    public Component content() {
        return content;
    }
}
