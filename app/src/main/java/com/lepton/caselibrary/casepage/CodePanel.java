package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.layout.SharedHtml;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.rest.ApiSnippets;
import com.lepton.caselibrary.web.PublicUrl;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Use it from code": curl and Java snippets that run this case's demo through the REST API as shown. Static text
 * with copy buttons that need no server, so it is one element's HTML rather than 40 components in every session.
 */
class CodePanel extends Div {

    /** The copy buttons copy their snippet and say so, without a round trip to the server. */
    private static final String COPY_ON_CLICK = """
            this.addEventListener('click', event => {
              const button = event.target.closest('.code-copy');
              if (!button) return;
              const code = button.parentElement.nextElementSibling.textContent;
              if (navigator.clipboard) navigator.clipboard.writeText(code);
              button.textContent = button.dataset.copied;
            });
            """;

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
        StringBuilder html = new StringBuilder("<h2>")
                .append(SharedHtml.escape(getTranslation("code.title")))
                .append("</h2><p>")
                .append(SharedHtml.escape(getTranslation("code.intro")))
                .append("</p>");
        snippet(
                html,
                "code.curl",
                "code-curl",
                ApiSnippets.curl(base, loaded.caseId(), loaded.plugin().demo().inputKind(), sampleId, sampleFile));
        if (sampleId != null) {
            snippet(html, "code.java", "code-java", ApiSnippets.java(base, loaded.caseId(), sampleId));
        }
        snippet(
                html,
                "code.embed",
                "code-embed",
                embedSnippet(base, loaded.caseId(), getTranslation("code.embed.frame")));
        html.append("<p>")
                .append(SharedHtml.escape(getTranslation("code.embed.note")))
                .append("</p><p><a href=\"swagger-ui.html\" router-ignore>")
                .append(SharedHtml.escape(getTranslation("code.reference")))
                .append("</a></p>");
        SharedHtml.set(this, html.toString());
        getElement().executeJs(COPY_ON_CLICK);
    }

    /** A snippet under its title, with a copy button that works in the browser alone. */
    private void snippet(StringBuilder html, String titleKey, String id, String code) {
        html.append("<div><div class=\"code-header\"><h3>")
                .append(SharedHtml.escape(getTranslation(titleKey)))
                .append("</h3><vaadin-button class=\"code-copy\" theme=\"small tertiary\" data-copied=\"")
                .append(SharedHtml.escape(getTranslation("code.copied")))
                .append("\">")
                .append(SharedHtml.escape(getTranslation("code.copy")))
                .append("</vaadin-button></div><pre id=\"")
                .append(id)
                .append("\" class=\"code\">")
                .append(SharedHtml.escape(code))
                .append("</pre></div>");
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
