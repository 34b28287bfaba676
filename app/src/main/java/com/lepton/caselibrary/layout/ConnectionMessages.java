package com.lepton.caselibrary.layout;

import com.lepton.caselibrary.i18n.Messages;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a page says when its server goes away, in the visitor's language. Behind the proxy a page lives on one
 * replica: when that replica stops, Vaadin's connection indicator says it is reconnecting, and the replica the
 * proxy then sends the page to does not know its session. Vaadin would reload such a page silently (losing
 * what was typed without a word) or show English defaults; this says what happened and that saved work is safe.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Sent to the browser when a page loads: the page itself shows it when its session is unknown later.
        event.getSource().setSystemMessagesProvider(info -> sessionExpired(info.getLocale()));
        event.getSource().addUIInitListener(init -> {
            ReconnectDialogConfiguration reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(init.getUI().getTranslation("connection.reconnecting"));
            reconnect.setDialogTextGaveUp(init.getUI().getTranslation("connection.lost"));
        });
    }

    static SystemMessages sessionExpired(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(Messages.format("session.expired.caption", locale));
        messages.setSessionExpiredMessage(Messages.format("session.expired.message", locale));
        return messages;
    }
}
