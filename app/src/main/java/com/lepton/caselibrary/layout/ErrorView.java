package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open (the database down during a PostgreSQL restart, a bug): a plain
 * message in the portal's frame and the user's language, with a reference to the log, instead
 * of Vaadin's bare internal error. The database case answers 503, the rest 500.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Failures.newReference();
        Exception failure = parameter.getCaughtException();
        boolean database = Failures.databaseUnavailable(failure);
        if (database) {
            log.warn(
                    "Page /{} could not open, the database is unavailable [ref {}]: {}",
                    event.getLocation().getPath(),
                    reference,
                    failure.toString());
        } else {
            log.error("Page /{} failed [ref {}]", event.getLocation().getPath(), reference, failure);
        }
        removeAll();
        Paragraph text = new Paragraph(getTranslation(Failures.messageKey(failure), reference));
        text.addClassName("lead");
        Anchor home = new Anchor("", getTranslation("notfound.home"));
        home.addClassName("primary-link");
        add(new H1(getTranslation("error.title")), text, home);
        setId("error-page");
        addClassName("not-found-view");
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("error.title"));
    }
}
