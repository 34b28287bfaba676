package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A wrong URL, or a page the signed-in role may not see (Vaadin answers those as not found, so as
 * not to reveal them), in the portal's frame and language instead of Vaadin's bare default.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        H1 title = new H1(getTranslation("notfound.title"));
        Paragraph text = new Paragraph(
                getTranslation("notfound.text", "/" + event.getLocation().getPath()));
        text.addClassName("lead");
        Anchor home = new Anchor("", getTranslation("notfound.home"));
        home.addClassName("primary-link");
        Div page = new Div(title, text, home);
        page.setId("not-found");
        page.addClassName("not-found-view");
        getElement().appendChild(page.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("notfound.title"));
    }
}
