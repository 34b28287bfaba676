package com.lepton.caselibrary.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void readsFrontMatterAndRendersTheBody() {
        MarkdownRenderer.Rendered rendered = renderer.render("""
                ---
                id: demo
                tags:
                  - a
                  - b
                ---
                ## Background
                Some **bold** text.
                """);
        assertThat(rendered.frontMatter().get("id")).containsExactly("demo");
        assertThat(rendered.frontMatter().get("tags")).containsExactly("a", "b");
        assertThat(rendered.html()).contains("<h2>Background</h2>").contains("<strong>bold</strong>");
    }

    @Test
    void keepsFormulasAwayFromMarkdownEmphasis() {
        String html = renderer.render(
                        "Gate $f_t = \\sigma(W_f x_t + b_f)$ and\n\n$$\nh_t = o_t \\odot \\tanh(c_t)\n$$\n")
                .html();
        assertThat(html).contains("<span class=\"math-inline\">f_t = \\sigma(W_f x_t + b_f)</span>");
        assertThat(html).contains("<span class=\"math-display\">h_t = o_t \\odot \\tanh(c_t)</span>");
        assertThat(html).doesNotContain("<em>");
    }

    @Test
    void neutralisesScriptsAndEventHandlers() {
        String html = renderer.render("""
                Hello <script>alert(1)</script> <img src=x onerror=alert(2)>
                [click](javascript:alert(3))
                $<img src=x onerror=alert(4)>$
                """).html();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
        // Inside a formula the markup survives only as escaped text for KaTeX.
        assertThat(html).contains("<span class=\"math-inline\">&lt;img src=x onerror=alert(4)&gt;</span>");
    }

    @Test
    void rendersTablesAndSafeLinks() {
        String html = renderer.render("""
                | Layer | Params |
                |---|---|
                | Conv | 320 |

                [data](https://github.com/zalandoresearch/fashion-mnist)
                """).html();
        assertThat(html).contains("<table>").contains("<td>320</td>");
        assertThat(html)
                .contains("href=\"https://github.com/zalandoresearch/fashion-mnist\"")
                .containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"");
    }
}
