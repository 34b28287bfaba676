package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Consultants' and administrators' list of demo requests, newest first, with a filter by status
 * ({@code ?status=NEW}) and each request's status to change. Everything a visitor typed is shown as text.
 */
@Route(value = "demo-requests", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class DemoRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "ALL";

    private final DemoRequestService requests;
    private final AuthenticationContext authentication;
    private final Div list = new Div();
    private final Select<String> filter = new Select<>();

    public DemoRequestsView(DemoRequestService requests, AuthenticationContext authentication) {
        this.requests = requests;
        this.authentication = authentication;
        addClassName("demo-requests-view");
        filter.setId("request-filter");
        filter.setLabel(getTranslation("requests.filter"));
        List<String> choices = new ArrayList<>(List.of(ALL));
        Arrays.stream(DemoRequest.Status.values()).map(Enum::name).forEach(choices::add);
        filter.setItems(choices);
        filter.setItemLabelGenerator(choice -> getTranslation("requests.status." + choice));
        filter.setValue(ALL);
        filter.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        "demo-requests",
                        ALL.equals(change.getValue())
                                ? QueryParameters.empty()
                                : QueryParameters.of("status", change.getValue())));
            }
        });
        list.setId("requests-list");
        list.addClassName("requests-list");
        add(new H1(getTranslation("requests.heading")), new Paragraph(getTranslation("requests.lead")), filter, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DemoRequest.Status> status = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("status")
                .flatMap(DemoRequestsView::status);
        filter.setValue(status.map(Enum::name).orElse(ALL));
        show(status);
    }

    private static Optional<DemoRequest.Status> status(String value) {
        return Arrays.stream(DemoRequest.Status.values())
                .filter(s -> s.name().equals(value))
                .findFirst();
    }

    private void show(Optional<DemoRequest.Status> status) {
        list.removeAll();
        List<DemoRequest> found = requests.list(status);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("requests.none"));
            none.setId("requests-none");
            list.add(none);
        }
        found.forEach(request -> list.add(card(request)));
    }

    private Div card(DemoRequest request) {
        DateTimeFormatter time = Times.formatter(getLocale());
        H2 who = new H2(request.getName() + " · " + request.getOrganisation());
        Paragraph contact = new Paragraph(getTranslation("requests.contact", request.getContact()));
        contact.addClassName("request-contact");
        Anchor page = new Anchor(request.getPage().substring(1), request.getPage());
        Paragraph from = new Paragraph(new Span(getTranslation("requests.from") + " "), page);
        Paragraph received = new Paragraph(
                getTranslation("requests.received", time.format(request.getCreatedAt()), request.getLanguage()));
        received.addClassName("request-meta");
        Paragraph message = new Paragraph(request.getMessage());
        message.addClassName("request-message");
        Select<DemoRequest.Status> state = new Select<>();
        state.setLabel(getTranslation("requests.status"));
        state.setItems(DemoRequest.Status.values());
        state.setItemLabelGenerator(s -> getTranslation("requests.status." + s.name()));
        state.setValue(request.getStatus());
        state.setId("request-status-" + request.getId());
        Div card = new Div(who, received, contact, from, message, state);
        card.addClassName("request-card");
        card.getElement().setAttribute("data-status", request.getStatus().name());
        card.setId("request-" + request.getId());
        state.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                requests.move(
                        request.getId(),
                        change.getValue(),
                        authentication.getPrincipalName().orElse("?"));
                card.getElement().setAttribute("data-status", change.getValue().name());
            }
        });
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("requests.heading"));
    }
}
