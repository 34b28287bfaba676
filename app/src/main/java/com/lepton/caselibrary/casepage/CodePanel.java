package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.rest.ApiSnippets;
import com.lepton.caselibrary.web.PublicUrl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** "Use it from code": curl and Java snippets that run this case's demo through the REST API as shown. */
class CodePanel extends Div {

    CodePanel(LoadedCase loaded, PublicUrl publicUrl) {
        setId("use-from-code");
        addClassName("code-panel");
        String base = baseUrl(
                publicUrl,
                VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request
                        ? request.getHttpServletRequest()
                        : null);
        DemoSample sample = loaded.plugin().demo().samples().isEmpty()
                ? null
                : loaded.plugin().demo().samples().get(0);
        String sampleId = sample == null ? null : sample.id();
        String sampleFile = sample == null ? null : fileName(sample.resourcePath());
        add(new H2(getTranslation("code.title")), new Paragraph(getTranslation("code.intro")));
        add(snippet(
                "code.curl",
                "code-curl",
                ApiSnippets.curl(base, loaded.caseId(), loaded.plugin().demo().inputKind(), sampleId, sampleFile)));
        if (sampleId != null) {
            add(snippet("code.java", "code-java", ApiSnippets.java(base, loaded.caseId(), sampleId)));
        }
        add(snippet(
                "code.embed", "code-embed", embedSnippet(base, loaded.caseId(), getTranslation("code.embed.frame"))));
        add(new Paragraph(getTranslation("code.embed.note")));
        Anchor reference = new Anchor("swagger-ui.html", getTranslation("code.reference"));
        reference.setRouterIgnore(true);
        add(new Paragraph(reference));
    }

    private Div snippet(String titleKey, String id, String code) {
        Pre pre = new Pre(code);
        pre.setId(id);
        pre.addClassName("code");
        Button copy = new Button(getTranslation("code.copy"), click -> {
            pre.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", code);
            click.getSource().setText(getTranslation("code.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new H3(getTranslation(titleKey)), copy);
        header.addClassName("code-header");
        return new Div(header, pre);
    }

    /** An iframe with the case's embeddable demo ({@code /embed/cases/ID}), for a partner's page. */
    static String embedSnippet(String base, String caseId, String title) {
        String safeTitle = title.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<iframe src=\"" + base + "/embed/cases/" + caseId + "\" title=\"" + safeTitle
                + "\"\n        width=\"100%\" height=\"760\" style=\"border: 0\" loading=\"lazy\"></iframe>";
    }

    /**
     * The portal's public base URL ({@code lepton.public-url}, else the address the connection came in
     * on), never the client's Host header, so the snippets run as printed and cannot be pointed elsewhere.
     */
    static String baseUrl(PublicUrl publicUrl, HttpServletRequest request) {
        if (request != null) {
            return publicUrl.base(request);
        }
        return publicUrl.configured().map(uri -> uri.toString()).orElse("http://localhost:8080");
    }

    private static String fileName(String resourcePath) {
        return resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
    }
}
