package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A consultant retrains the CO₂ forecaster on a client's monthly series: the page names the form the case takes, a
 * CSV with a repeated month and a formula cell is refused row by row in the consultant's language, and a good one
 * trains to the card with RMSE/MAE before and after and the held-out error plot. The client's site is real data:
 * the Mauna Loa readings from 2008 (vega-datasets) with their seasonal swing tripled and 5 ppm added, as a
 * high-latitude station would read (the same transformation as the portal's series integration test).
 */
@PortalJourney
class FineTuneSeriesJourneyIT {

    private static final Path CO2 = Path.of("../data/datasets/node_modules/vega-datasets/data/co2-concentration.csv");

    @Test
    @DisplayName("en: a consultant fine-tunes the CO₂ forecaster on a client's series")
    void fineTunesOnAClientsSeries(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "en", "series.consultant", Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})"));
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: 顾问用客户的时间序列微调 CO₂ 预测案例")
    void fineTunesOnAClientsSeriesInChinese(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "zh", "series.wei", Pattern.compile("一次性密码：\\s*([A-Za-z0-9]{20})"));
    }

    private static void journey(PortalProcess portal, Page page, String language, String consultant, Pattern otp)
            throws IOException {
        FineTuneJourneyIT.signInAsNewConsultant(portal, page, consultant, otp);
        boolean english = language.equals("en");
        FineTuneJourneyIT.startForm(
                page, english ? "Carbon monitoring" : "碳排放监测", english ? "Arctic Station" : "北极观测站");
        assertThat(page.locator("#fine-tune-data-form")).containsText("date");
        // The forecaster's own default, not the classifiers' 10.
        assertThat(page.locator("#fine-tune-epochs input")).hasValue("30");

        List<String> rows = clientSite();
        String good = "date,value\n" + String.join("\n", rows) + "\n";
        String repeated = rows.get(10).split(",")[0] + ",400.00\n";
        page.locator("#fine-tune-upload input[type=file]")
                .setInputFiles(FineTuneJourneyIT.csv("client-site", good + repeated + "2021-01-01,=1+1\n"));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-refused li")).hasCount(2);
        screenshot(page, "fine-tune-series-refused-" + language);

        page.locator("#fine-tune-upload input[type=file]").setInputFiles(FineTuneJourneyIT.csv("client-site", good));
        assertThat(page.locator("#fine-tune-card"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-card table.metrics tbody tr")).hasCount(2);
        assertThat(page.locator("#fine-tune-error-plot svg")).hasCount(1);
        assertThat(page.locator("#fine-tune-curve svg")).hasCount(2);
        screenshot(page, "fine-tune-series-" + language);
        page.locator("#fine-tune-cancel").click();
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-card")).hasCount(0);
    }

    /** {@code date,value} rows: the readings from 2008, seasonal deviation from the centred yearly mean tripled, +5. */
    private static List<String> clientSite() throws IOException {
        List<String[]> readings = Files.readAllLines(CO2, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> line.compareTo("2008") >= 0)
                .map(line -> line.split(","))
                .toList();
        double[] ppm =
                readings.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        List<String> series = new ArrayList<>();
        for (int i = 6; i + 6 < ppm.length; i++) {
            double trend = 0;
            for (int k = -6; k <= 6; k++) {
                trend += ppm[i + k] * (Math.abs(k) == 6 ? 0.5 : 1);
            }
            trend /= 12;
            series.add(String.format(Locale.ROOT, "%s,%.2f", readings.get(i)[0], trend + 3 * (ppm[i] - trend) + 5));
        }
        return series;
    }
}
