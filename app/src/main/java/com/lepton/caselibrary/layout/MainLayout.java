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

    /** The main navigation: href and translation key. */
    private static final String[][] NAV_LINKS = {
        {"", "nav.home"},
        {"solutions", "nav.solutions"},
        {"cases", "nav.cases"},
        {"compare", "nav.compare"},
        {"guide", "nav.guide"},
        {"search", "nav.search"}
    };

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
        // Static links and text are HTML, not components: ~20 fewer server-side nodes in every session.
        Anchor brand = new Anchor("", "");
        brand.addClassName("brand");
        SharedHtml.set(
                brand,
                "<span class=\"brand-mark\">λ</span><span>" + SharedHtml.escape(getTranslation("app.name"))
                        + "</span>");
        brand.setId("brand");

        Nav nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        StringBuilder links = new StringBuilder();
        for (String[] link : NAV_LINKS) {
            links.append("<a class=\"nav-link\" href=\"")
                    .append(link[0])
                    .append("\">")
                    .append(SharedHtml.escape(getTranslation(link[1])))
                    .append("</a>");
        }
        SharedHtml.set(nav, links.toString());

        Button language = new Button(getTranslation("nav.language"), click -> switchLanguage());
        language.setId("language-toggle");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("aria-label", getTranslation("nav.language.aria"));

        // Account links and language stay together, at the right or on a row of their own when they do not fit.
        Div tools = new Div(configureAccount(), language);
        tools.addClassName("app-tools");
        Header header = new Header(brand, nav, tools);
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
        Footer footer = new Footer();
        SharedHtml.set(footer, "<span>" + SharedHtml.escape(getTranslation("footer.text")) + "</span>");
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
