package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.demo.DemoPanel;
import com.lepton.caselibrary.demo.LiveDemos;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * One case's live demo alone, without the portal's frame, for an iframe on a partner's or client's site
 * ({@code /embed/cases/ID}, {@code ?lang=zh} or {@code en}). Only the origins of
 * {@code lepton.embed.frame-ancestors} may frame it; quotas and the pool apply as on the case page. Links
 * open the portal in a new tab, never inside the frame.
 */
@AnonymousAllowed
@Route("embed/cases/:caseId")
public class EmbedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final LiveDemos demos;
    private String title = "";

    public EmbedView(CatalogService catalog, LiveDemos demos) {
        this.catalog = catalog;
        this.demos = demos;
        addClassName("embed-view");
        setId("main-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getLocation().getQueryParameters().getSingleParameter("lang").ifPresent(this::useLanguage);
        getElement().executeJs("document.documentElement.lang = $0", Languages.isChinese(getLocale()) ? "zh-CN" : "en");
        String caseId = event.getRouteParameters().get("caseId").orElse("");
        Optional<CaseEntry> entry = catalog.find(caseId);
        Optional<LoadedCase> loaded = entry.flatMap(found -> demos.liveCase(caseId));
        if (loaded.isEmpty()) {
            title = getTranslation("embed.unavailable.title");
            Paragraph text = new Paragraph(getTranslation("embed.unavailable.text"));
            text.setId("embed-unavailable");
            add(new H1(title), text);
            return;
        }
        title = Languages.pick(entry.get().getTitle());
        H1 heading = new H1(title);
        heading.setId("embed-title");
        Anchor full = new Anchor("cases/" + caseId, getTranslation("embed.open"), AnchorTarget.BLANK);
        full.getElement().setAttribute("rel", "noopener");
        full.setId("embed-open");
        Div header = new Div(heading, full);
        header.addClassName("embed-header");
        DemoPanel panel = demos.panel(loaded.get());
        panel.openLinksInNewTab();
        add(header, panel);
        demos.batchPanel(loaded.get()).ifPresent(this::add);
    }

    /** A partner's page picks the language of the demo (for this page only, not the visitor's session). */
    private void useLanguage(String code) {
        if ("zh".equals(code) || "en".equals(code)) {
            UI.getCurrent().setLocale("zh".equals(code) ? Languages.CHINESE : Languages.ENGLISH);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }
}
