package com.lepton.caselibrary;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo (Vaadin 25 renders unstyled without it), the portal's own styles, and server
 * push so results computed outside a UI request (uploads, queued runs) reach the page at once; the λ mark as the tab's
 * icon.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/lepton.css")
@Meta(name = "description", content = "Lepton Case Library: cross-industry AI case studies with live demos")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Lepton Case Library");
        // Without an icon link every browser asks for /favicon.ico, which is not there: a 404 in the console of
        // every first visit.
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
