package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.demorequest.DemoRequestException.Problem;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Map;

/**
 * "Request a demo" on a case or solution page: name, organisation, contact and message, sent with the page's
 * path. A refusal is shown at the field it concerns (or above the button for the whole form), in the
 * visitor's language; what was typed stays in the fields.
 */
public class RequestDemoPanel extends Div {

    private final DemoRequestService requests;
    private final String page;
    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final TextField contact = new TextField();
    private final TextArea message = new TextArea();
    private final Paragraph formError = new Paragraph();
    /** The four fields by the names the service's refusals give them. */
    private final Map<String, HasValidation> byName =
            Map.of("name", name, "organisation", organisation, "contact", contact, "message", message);

    /** {@code page}: the path of the page the panel is on, e.g. {@code /cases/manufacturing-sorting}. */
    public RequestDemoPanel(DemoRequestService requests, String page) {
        this.requests = requests;
        this.page = page;
        setId("request-demo");
        addClassName("request-demo");
        H2 heading = new H2(getTranslation("request.title"));
        heading.setId("request-demo-title");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "request-demo-title");
        configure(name, "request-name", "request.name", DemoRequestForm.MAX_NAME);
        configure(organisation, "request-organisation", "request.organisation", DemoRequestForm.MAX_ORGANISATION);
        configure(contact, "request-contact", "request.contact", DemoRequestForm.MAX_CONTACT);
        contact.setHelperText(getTranslation("request.contact.help"));
        message.setLabel(getTranslation("request.message"));
        message.setId("request-message");
        message.setMaxLength(DemoRequestForm.MAX_MESSAGE);
        message.setRequiredIndicatorVisible(true);
        message.setManualValidation(true);
        message.setPlaceholder(getTranslation("request.message.placeholder"));
        message.setWidthFull();
        message.setMinHeight("6rem");
        formError.setId("request-error");
        formError.addClassName("request-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        Button send = new Button(getTranslation("request.send"), click -> send());
        send.setId("request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(name, organisation, contact);
        fields.addClassName("request-fields");
        add(heading, new Paragraph(getTranslation("request.intro")), fields, message, formError, send);
    }

    private void configure(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
    }

    private void send() {
        clearErrors();
        VaadinRequest request = VaadinRequest.getCurrent();
        DemoRequestForm form = new DemoRequestForm(
                name.getValue(),
                organisation.getValue(),
                contact.getValue(),
                message.getValue(),
                page,
                Languages.code(getLocale()));
        try {
            requests.submit(form, request == null ? null : request.getRemoteAddr());
        } catch (DemoRequestException refused) {
            showErrors(refused);
            return;
        }
        removeAll();
        H2 heading = new H2(getTranslation("request.title"));
        Paragraph thanks = new Paragraph(getTranslation("request.thanks"));
        thanks.setId("request-thanks");
        thanks.getElement().setAttribute("role", "status");
        add(heading, thanks);
    }

    /** Every problem the service found, each on its field (or over the form when it is the whole request's). */
    private void showErrors(DemoRequestException refused) {
        for (Problem problem : refused.problems()) {
            String text = getTranslation(problem.messageKey(), problem.arguments());
            HasValidation field = problem.field() == null ? null : byName.get(problem.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                formError.setText(text);
                formError.setVisible(true);
            }
        }
    }

    private void clearErrors() {
        for (HasValidation field : byName.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        formError.setVisible(false);
    }
}
