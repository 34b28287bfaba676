package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Browser sessions behind the proxy, in English and Chinese by turns, each pinned to one replica by the proxy's
 * affinity cookie: the proxy hands the cookie out on the first page (round robin), so the sessions spread over
 * the replicas as real visitors' would. Each knows which replica it is on from that cookie.
 */
final class PinnedBrowsers implements AutoCloseable {

    static final String AFFINITY_COOKIE = "lepton_affinity";

    /** One visitor: their own context (cookies, Vaadin session), the page they are on, and their replica. */
    record Visitor(int number, String locale, BrowserContext context, Page page, String server) {

        boolean speaksChinese() {
            return locale.startsWith("zh");
        }
    }

    private final BrowserSession browser;
    private final List<Visitor> visitors;

    private PinnedBrowsers(BrowserSession browser, List<Visitor> visitors) {
        this.browser = browser;
        this.visitors = visitors;
    }

    /**
     * Opens sessions on {@code path}, one after the other, each waiting until its page is idle, until {@code enough}
     * holds for those opened (at most {@code most}).
     */
    static PinnedBrowsers open(String proxyUrl, String path, int most, Predicate<PinnedBrowsers> enough) {
        BrowserSession browser = BrowserSession.launch();
        List<Visitor> visitors = new ArrayList<>();
        PinnedBrowsers opened = new PinnedBrowsers(browser, visitors);
        try {
            for (int i = 0; i < most && !enough.test(opened); i++) {
                String locale = i % 2 == 0 ? "en-US" : "zh-CN";
                BrowserContext context = newContext(browser.browser(), locale);
                Page page = context.newPage();
                page.navigate(proxyUrl + path);
                waitForVaadin(page);
                visitors.add(new Visitor(i + 1, locale, context, page, serverOf(context)));
            }
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
        return opened;
    }

    /** A further session pinned on purpose to {@code server} (e.g. {@code r2}), as if the proxy had chosen it. */
    Visitor pinnedTo(String proxyUrl, String server, String locale) {
        BrowserContext context = newContext(browser.browser(), locale);
        context.addCookies(List.of(new Cookie(AFFINITY_COOKIE, server).setUrl(proxyUrl)));
        return new Visitor(0, locale, context, context.newPage(), server);
    }

    int size() {
        return visitors.size();
    }

    List<Visitor> on(String server) {
        return visitors.stream().filter(v -> v.server().equals(server)).toList();
    }

    List<Visitor> notOn(String server) {
        return visitors.stream().filter(v -> !v.server().equals(server)).toList();
    }

    static String serverOf(BrowserContext context) {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals(AFFINITY_COOKIE))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("none");
    }

    private static BrowserContext newContext(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(BrowserSession.VIEWPORT_WIDTH, BrowserSession.VIEWPORT_HEIGHT)
                .setLocale(locale));
    }

    @Override
    public void close() {
        browser.close();
    }
}
