package com.lepton.caselibrary.content;

/** Rendering of the TeX spans that the Markdown renderer leaves, shared by the case pages and the guide. */
public final class Formulas {

    /**
     * KaTeX's script and style sheet, as served from its WebJar. The paths carry no version: webjars-locator-lite
     * (on the classpath through springdoc) resolves them, so the version is written once, in the root pom.
     */
    public static final String KATEX_JS = "context://webjars/katex/dist/katex.min.js";

    public static final String KATEX_CSS = "context://webjars/katex/dist/katex.min.css";

    /** Run on an element with {@code executeJs}: renders its formulas once KaTeX has loaded. */
    public static final String RENDER_MATH = """
            const root = this;
            const render = () => {
              if (!window.katex) { setTimeout(render, 50); return; }
              root.querySelectorAll('.math-inline, .math-display').forEach(el => {
                if (el.dataset.rendered) return;
                katex.render(el.textContent, el, {displayMode: el.classList.contains('math-display'), throwOnError: false});
                el.dataset.rendered = '1';
              });
            };
            render();""";

    private Formulas() {}
}
