package com.lepton.caselibrary.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseMarkdownTest {

    @Test
    void rendersFrontMatterBodyAndFormulas() {
        CaseMarkdown.Rendered rendered = CaseMarkdown.render("""
                ---
                id: demo
                ---
                ## Background
                Gate $f_t = \\sigma(W_f x_t)$ and **bold**.
                """);
        assertThat(rendered.frontMatter().get("id")).containsExactly("demo");
        assertThat(rendered.html())
                .contains("<h2>Background</h2>")
                .contains("<strong>bold</strong>")
                .contains("<span class=\"math-inline\">f_t = \\sigma(W_f x_t)</span>");
        assertThat(rendered.rawHtml()).isEmpty();
        assertThat(rendered.discarded()).isEmpty();
    }

    @Test
    void reportsRawHtmlAndWhatTheSanitizerDropped() {
        CaseMarkdown.Rendered rendered = CaseMarkdown.render("""
                Hello <b>there</b>

                <div onclick="x()">block</div>

                ![chart](https://example.com/chart.png) and [run](javascript:alert(1))
                """);
        assertThat(rendered.rawHtml()).containsExactly("<b>", "</b>", "<div onclick=\"x()\">block</div>");
        assertThat(rendered.html())
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .contains("&lt;b&gt;");
        assertThat(rendered.discarded()).contains("<img>");
    }

    @Test
    void escapesTheCharactersThatMatterInHtml() {
        assertThat(CaseMarkdown.escape("a<b & \"c\" 'd'>")).isEqualTo("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    }
}
