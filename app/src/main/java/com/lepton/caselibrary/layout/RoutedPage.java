package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.util.SharedUtil;

/**
 * A page built anew from its route at each navigation (a case, a comparison, a guide page, a solution, a deck): it
 * clears what the last route showed, builds itself in {@link #build}, and names the browser's tab after what it
 * shows. It carries a CSS class named after its Java class ({@code CaseView}: {@code case-view}) for the theme, so
 * a page's constructor need do no more than store its dependencies.
 */
public abstract class RoutedPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private String pageName = "";

    protected RoutedPage() {
        addClassName(
                SharedUtil.upperCamelCaseToDashSeparatedLowerCase(getClass().getSimpleName()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        build(event);
    }

    /** Lays out the page for the route it is entered by; the page is empty when it is called. */
    protected abstract void build(BeforeEnterEvent event);

    /** Names the page in the browser's tab and history, as {@link PageTitles} writes it. */
    protected void setPageName(String name) {
        pageName = name;
    }

    /** The page's name, empty until {@link #build} names it. */
    protected String pageName() {
        return pageName;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageName);
    }
}
