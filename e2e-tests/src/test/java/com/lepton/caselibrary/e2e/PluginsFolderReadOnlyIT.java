package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plugins folder turns read-only under a running portal (see {@link ReadOnlyFolders} for how, as root too)
 * while a partner uploads a plugin: the partner is told in their language that the folder cannot be written and
 * nothing was stored, the folder and the plugin list are unchanged, the catalog and the installed plugins' demos
 * keep answering; once the folder is writable again the same upload is received for review.
 */
@PortalJourney(ownPortal = true)
class PluginsFolderReadOnlyIT {

    private static final String PLUGIN = "technology-co2-monitoring";
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})");
    private static final String PARTNER = "partner.readonly";
    private static final String PARTNER_PASSWORD = "partner-readonly-secret-2026";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName(
            "plugins folder read-only: upload refused as not stored (en, zh), nothing written, portal serves on, upload works after")
    void anUploadIntoAReadOnlyPluginsFolderIsNotStoredAndThePortalServesOn(
            PortalProcess portal, Page page, BrowserSession browsers) throws Exception {
        Path jar = Path.of("../app/target/classes/bundled-plugins/" + PLUGIN + ".jar")
                .toAbsolutePath()
                .normalize();
        assertThat(jar).as("the plugin jar the app build bundles").isRegularFile();
        Path plugins = portal.dataDirectory().resolve("plugins");
        Path review = Files.createDirectories(plugins.resolve("review"));

        // The administrator makes a partner and uninstalls the case, so that its jar can be uploaded again.
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        String oneTimePassword = createPartner(page, portal);
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#disable-" + PLUGIN).click();
        waitForVaadin(page);
        page.locator("#uninstall-" + PLUGIN).click();
        waitForVaadin(page);
        assertThat(page.locator("#plugins-grid")).not().containsText(PLUGIN);

        page.context().clearCookies();
        signInAsPartner(page, portal, oneTimePassword);
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);

        Map<String, Long> before = listing(plugins);
        String liveCases = caseIds(portal);
        try (ReadOnlyFolders readOnly = ReadOnlyFolders.of(plugins, review)) {
            System.out.println("[e2e] plugins folder made read-only with " + readOnly.how());

            page.locator("#plugin-upload input[type=file]").setInputFiles(jar);
            assertThat(page.locator("#plugins-status")).containsText("cannot be written to at the moment");
            assertThat(page.locator("#plugins-status")).containsText("nothing was changed");
            assertThat(page.locator("#plugins-status")).not().containsText(plugins.toString());
            assertThat(page.locator("#plugins-grid")).not().containsText(PLUGIN);
            screenshot(page, "plugins-read-only-en");

            // The same partner in a Chinese browser reads it in Chinese.
            try (var chinese = browsers.newContext("zh-CN", "PluginsFolderReadOnlyIT.zh")) {
                Page zh = chinese.newPage();
                AuthorizationMatrixIT.signIn(zh, portal, PARTNER, PARTNER_PASSWORD);
                zh.navigate(portal.url("/plugins"));
                waitForVaadin(zh);
                zh.locator("#plugin-upload input[type=file]").setInputFiles(jar);
                assertThat(zh.locator("#plugins-status")).containsText("插件目录当前无法写入");
                screenshot(zh, "plugins-read-only-zh");
            }

            assertThat(listing(plugins))
                    .as("nothing half-written in the plugins folder or under review")
                    .isEqualTo(before);
            assertThat(caseIds(portal))
                    .as("the catalog still lists every live case")
                    .isEqualTo(liveCases);
            for (String sampleRun : List.of(
                    "/api/cases/manufacturing-sorting/samples/sneaker/run",
                    "/api/cases/finance-market-risk/samples/" + firstSample(portal, "finance-market-risk") + "/run")) {
                HttpResponse<String> run = post(portal, sampleRun);
                assertThat(run.statusCode()).as(sampleRun + ": " + run.body()).isEqualTo(200);
            }
            page.navigate(portal.url("/cases/manufacturing-sorting"));
            waitForVaadin(page);
            page.locator("#demo #sample-sneaker").click();
            assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", "sneaker");
        }

        // Writable again: the same upload is received and waits for review.
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#plugin-upload input[type=file]").setInputFiles(jar);
        assertThat(page.locator("#plugins-status")).containsText("waits for review");
        assertThat(page.locator("#plugins-grid")).containsText("In review");
        try (Stream<Path> inReview = Files.list(review)) {
            assertThat(inReview.map(p -> p.getFileName().toString()).toList())
                    .singleElement()
                    .asString()
                    .startsWith(PLUGIN);
        }
    }

    private static String createPartner(Page page, PortalProcess portal) {
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill(PARTNER);
        page.locator("#new-role").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText("Partner"))
                .first()
                .click();
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password =
                ONE_TIME_PASSWORD.matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).isTrue();
        return password.group(1);
    }

    private static void signInAsPartner(Page page, PortalProcess portal, String oneTimePassword) {
        AuthorizationMatrixIT.signIn(page, portal, PARTNER, oneTimePassword);
        page.locator("#current-password input").fill(oneTimePassword);
        page.locator("#new-password input").fill(PARTNER_PASSWORD);
        page.locator("#repeat-password input").fill(PARTNER_PASSWORD);
        page.locator("#save-password").click();
        waitForVaadin(page);
    }

    /** Every file under the plugins folder with its size. */
    private static Map<String, Long> listing(Path plugins) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(plugins)) {
            for (Path file : all.toList()) {
                files.put(plugins.relativize(file).toString(), Files.isRegularFile(file) ? Files.size(file) : -1L);
            }
        }
        return files;
    }

    private String caseIds(PortalProcess portal) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(portal.url("/api/cases")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher id = Pattern.compile("\"id\":\"([a-z0-9-]+)\"").matcher(body);
        StringBuilder ids = new StringBuilder();
        while (id.find()) {
            ids.append(id.group(1)).append(' ');
        }
        assertThat(ids).as("case ids in /api/cases").contains("manufacturing-sorting");
        return ids.toString();
    }

    private String firstSample(PortalProcess portal, String caseId) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(portal.url("/api/cases/" + caseId)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher sample = Pattern.compile("\"samples\":\\[\"([^\"]+)\"").matcher(body);
        assertThat(sample.find()).as("samples of " + caseId + " in " + body).isTrue();
        return sample.group(1);
    }

    private HttpResponse<String> post(PortalProcess portal, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.url(path)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
