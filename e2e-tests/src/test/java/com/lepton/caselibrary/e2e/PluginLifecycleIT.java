package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A plugin's life at run time, in the browser: the administrator disables and uninstalls a case,
 * a partner uploads a hostile archive (refused with its reason) and then the case's plugin jar,
 * which waits in review; the administrator approves it and the case is live again, demo and all,
 * without a restart. The partner then sends version 9.9.0, which waits for review while the bundled version stays
 * live; the administrator approves the upgrade and rolls it back, each live at once.
 */
@PortalJourney(ownPortal = true)
class PluginLifecycleIT {

    private static final String PLUGIN = "technology-co2-monitoring";
    /**
     * Approving, upgrading or rolling back starts a plugin and loads its model before the page answers: on a busy
     * two-core machine that has taken longer than a page's usual 30 s.
     */
    private static final double PLUGIN_CHANGE_MS = 120_000;

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})");

    @Test
    @DisplayName(
            "en: uninstall, partner upload (hostile one refused), review, approve, upgrade, roll back, all without a restart")
    void uploadReviewApproveWithoutARestart(PortalProcess portal, Page page) throws Exception {
        Path jar = Path.of("../app/target/classes/bundled-plugins/" + PLUGIN + ".jar")
                .toAbsolutePath()
                .normalize();
        assertThat(jar).as("the plugin jar the app build bundles").isRegularFile();
        Path slip = Files.createTempFile("zip-slip", ".jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("../../evil.sh"));
            zip.write("rm -rf /".getBytes());
        }

        // The administrator makes a partner account, then takes the case out and uninstalls it.
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill("partner.lab");
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

        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#disable-" + PLUGIN).click();
        waitForVaadin(page);
        page.locator("#uninstall-" + PLUGIN).click();
        waitForVaadin(page);
        assertThat(page.locator("#plugins-grid")).not().containsText(PLUGIN);
        page.navigate(portal.url("/cases/" + PLUGIN));
        waitForVaadin(page);
        assertThat(page.locator("#demo")).hasCount(0);

        // The partner uploads: the hostile archive is refused, the plugin waits for review.
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, "partner.lab", password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill("partner-lab-secret-2026");
        page.locator("#repeat-password input").fill("partner-lab-secret-2026");
        page.locator("#save-password").click();
        waitForVaadin(page);
        // The partner's build pipeline gets a token (shown once) and reads the plugins API with it.
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#plugins-api-hint a").click();
        waitForVaadin(page);
        page.locator("#token-name input").fill("CI of " + PLUGIN);
        page.locator("#create-token").click();
        waitForVaadin(page);
        String token = page.locator("#token-secret input").inputValue();
        assertThat(page.locator("#tokens-grid")).containsText("CI of " + PLUGIN);
        assertThat(page.locator("#tokens-grid")).containsText(token.substring(0, 10));
        screenshot(page, "api-tokens-en");
        page.locator("#language-toggle").click();
        waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("API 令牌");
        screenshot(page, "api-tokens-zh");
        page.locator("#language-toggle").click();
        waitForVaadin(page);
        APIResponse api = page.request()
                .get(
                        portal.url("/api/admin/plugins"),
                        RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.text()).as("nothing of the partner's yet").isEqualTo("[]");
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#plugin-upload input[type=file]").setInputFiles(slip);
        assertThat(page.locator("#plugins-status")).containsText("refused");
        assertThat(page.locator("#plugins-status")).containsText("..");
        page.locator("#plugin-upload input[type=file]").setInputFiles(jar);
        assertThat(page.locator("#plugins-status")).containsText("waits for review");
        assertThat(page.locator("#plugins-grid")).containsText("In review");
        assertThat(page.locator("#approve-" + PLUGIN)).hasCount(0);
        // Only the partner's own upload is listed, with "withdraw" rather than "approve".
        assertThat(page.locator("#withdraw-" + PLUGIN)).isVisible();
        assertThat(page.locator("#plugins-grid")).not().containsText("finance-market-risk");
        screenshot(page, "plugins-partner-en");

        // The administrator approves: the case is live again, no restart.
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#approve-" + PLUGIN).click();
        waitForVaadin(page, PLUGIN_CHANGE_MS);
        assertThat(page.locator("#plugins-status")).containsText("done");
        screenshot(page, "plugins-admin-en");
        page.navigate(portal.url("/cases/" + PLUGIN));
        waitForVaadin(page);
        page.locator("#demo #sample-latest-2020").click();
        assertThat(page.locator("#demo-result .forecast-chart polyline.forecast"))
                .hasCount(1);

        // The partner sends 9.9.0 of their plugin: it waits for review while the bundled version stays live.
        String bundled = PluginJars.version(Files.readAllBytes(jar));
        Path upgrade = Files.createTempFile(PLUGIN + "-9.9.0", ".jar");
        Files.write(upgrade, PluginJars.withVersion(Files.readAllBytes(jar), "9.9.0"));
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, "partner.lab", "partner-lab-secret-2026");
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#plugin-upload input[type=file]").setInputFiles(upgrade);
        assertThat(page.locator("#plugins-status")).containsText("upgrade of " + bundled);
        assertThat(page.locator("#plugins-grid")).containsText("9.9.0 waits for review");
        assertThat(page.locator("#withdraw-upgrade-" + PLUGIN)).isVisible();
        assertThat(page.locator("#approve-upgrade-" + PLUGIN)).hasCount(0);

        // The administrator approves the upgrade, then rolls it back: each live at once.
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#approve-upgrade-" + PLUGIN).click();
        waitForVaadin(page, PLUGIN_CHANGE_MS);
        assertThat(page.locator("#plugins-status")).containsText("done");
        assertThat(page.locator("#plugins-grid")).containsText("9.9.0 · can roll back to " + bundled);
        screenshot(page, "plugins-upgraded-en");
        page.navigate(portal.url("/cases/" + PLUGIN));
        waitForVaadin(page);
        page.locator("#demo #sample-latest-2020").click();
        assertThat(page.locator("#demo-result .forecast-chart polyline.forecast"))
                .hasCount(1);
        page.navigate(portal.url("/plugins"));
        waitForVaadin(page);
        page.locator("#rollback-" + PLUGIN).click();
        waitForVaadin(page, PLUGIN_CHANGE_MS);
        assertThat(page.locator("#plugins-grid")).containsText(bundled + " · can roll back to 9.9.0");
        Files.deleteIfExists(upgrade);
        Files.deleteIfExists(slip);
    }
}
