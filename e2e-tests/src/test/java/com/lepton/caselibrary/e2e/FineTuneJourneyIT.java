package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.chooseOption;
import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A consultant retrains the product-sorting case on a client's photographed products while the client watches:
 * uploads the zip on /fine-tunes, sees the loss and validation curve grow, and reads the before/after card. The
 * client's set is made from real Fashion-MNIST test images by the documented transformation of the plugin's
 * {@code ConveyorPhotos} (rotated 90 degrees, 3x3 blur, noise sigma 0.05). Then the consultant runs one sample
 * through the shipped and the client model side by side, presents the client model on a slide of a deck and opens
 * the deck's share link as an anonymous viewer; a colleague signed in beside them sees neither the job nor the
 * client model (in the job list, the compare panel or a deck's model choice); the consultant deletes the job.
 */
@PortalJourney
class FineTuneJourneyIT {

    private static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");
    private static final List<String> CLASSES = List.of(
            "tshirt-top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot");

    @Test
    @DisplayName("en: a consultant fine-tunes product sorting on a client's photos and reads the card")
    void fineTunesOnAClientsPhotos(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "en", "tune.consultant", Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})"));
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: 顾问用客户的产品照片微调产品分拣案例并查看前后对比")
    void fineTunesOnAClientsPhotosInChinese(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, "zh", "wei.consultant", Pattern.compile("一次性密码：\\s*([A-Za-z0-9]{20})"));
    }

    private static void journey(PortalProcess portal, Page page, String language, String consultant, Pattern otp)
            throws IOException {
        signInAsNewConsultant(portal, page, consultant, otp);
        fineTuneOnPhotos(portal, page, language);
    }

    /** The administrator creates the consultant, who signs in with the one-time password and sets a new one. */
    static void signInAsNewConsultant(PortalProcess portal, Page page, String consultant, Pattern otp) {
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill(consultant);
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password = otp.matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).isTrue();
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, consultant, password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill("fine-tune-secret-2026");
        page.locator("#repeat-password input").fill("fine-tune-secret-2026");
        page.locator("#save-password").click();
        waitForVaadin(page);
    }

    /** From the signed-in consultant's page to the fine-tuning form with the case and the client chosen. */
    static void startForm(Page page, String caseLabel, String client) {
        page.locator("#nav-fine-tunes").click();
        waitForVaadin(page);
        chooseOption(page, "fine-tune-case", caseLabel);
        page.locator("#fine-tune-client input").fill(client);
    }

    /** A client's CSV as a file to upload. */
    static Path csv(String prefix, String content) throws IOException {
        Path file = Files.createTempFile(prefix, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void fineTuneOnPhotos(PortalProcess portal, Page page, String language) throws IOException {
        // Several cases offer fine-tuning now: pick product sorting, whose classes the photos are in.
        boolean english = language.equals("en");
        startForm(page, english ? "Product sorting" : "生产线产品分拣", english ? "Acme Apparel" : "华美服饰");
        page.locator("#fine-tune-epochs input").fill("8");
        page.locator("#fine-tune-epochs input").press("Tab");
        waitForVaadin(page);
        page.locator("#fine-tune-upload input[type=file]").setInputFiles(clientSet());
        assertThat(page.locator("#fine-tune-card"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-curve svg")).hasCount(2);
        assertThat(page.locator("#fine-tune-progress")).containsText("8");
        assertThat(page.locator("#fine-tune-card table.confusion")).hasCount(2);
        screenshot(page, "fine-tune-" + language);
        String client = language.equals("en") ? "Acme Apparel" : "华美服饰";

        // One input through both models, side by side: a photographed product the client brought along.
        page.locator("#client-model-upload input[type=file]").setInputFiles(clientPhoto());
        waitForVaadin(page);
        assertThat(page.locator("#client-model-shipped-result")).hasAttribute("data-top-class", Pattern.compile(".+"));
        assertThat(page.locator("#client-model-tuned-result")).hasAttribute("data-top-class", Pattern.compile(".+"));
        assertThat(page.locator("#client-model-export")).isVisible();
        page.locator("#client-model").scrollIntoViewIfNeeded();
        screenshot(page, "fine-tune-compare-" + language);

        // The client model on a slide of the consultant's deck, presented and opened through the share link.
        Page decks = page.context().newPage();
        presentInADeck(portal, decks, language, client);
        decks.close();

        // A colleague, signed in beside the owner, finds neither the job nor the client model anywhere.
        if (language.equals("en")) {
            try (BrowserContext other = page.context().browser().newContext()) {
                Page colleague = other.newPage();
                signInAsNewConsultant(
                        portal,
                        colleague,
                        "tune.colleague",
                        Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})"));
                colleagueSeesNothingOf(portal, colleague, client);
            }
        }

        // Delete the client model again: nothing of it stays for the other journeys.
        page.locator("#fine-tune-cancel").click();
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-card")).hasCount(0);
        assertThat(page.locator("#client-model")).hasCount(0);
    }

    private static void colleagueSeesNothingOf(PortalProcess portal, Page page, String client) {
        page.navigate(portal.url("/fine-tunes"));
        waitForVaadin(page);
        assertThat(page.locator("#fine-tune-jobs")).isVisible();
        assertThat(page.locator("#fine-tune-jobs")).not().containsText(client);
        assertThat(page.locator("#client-model")).hasCount(0);
        page.navigate(portal.url("/decks"));
        waitForVaadin(page);
        page.locator("#deck-title input").fill("Colleague's deck");
        page.locator("#create-deck").click();
        assertThat(page).hasURL(Pattern.compile(".*/decks/\\d+$"));
        waitForVaadin(page);
        chooseOption(page, "slide-case", "Product sorting");
        // The model choice offers the shipped model only (the open list is the visible one).
        page.locator("#slide-model").click();
        assertThat(page.locator("vaadin-select-item[role=option]:visible")).hasCount(1);
        assertThat(page.locator("vaadin-select-item[role=option]:visible"))
                .not()
                .containsText(client);
        page.keyboard().press("Escape");
    }

    private static void presentInADeck(PortalProcess portal, Page page, String language, String client) {
        page.navigate(portal.url("/decks"));
        waitForVaadin(page);
        page.locator("#deck-title input").fill(language.equals("en") ? "Sorting line review" : "分拣线评审");
        page.locator("#deck-client input").fill(client);
        page.locator("#create-deck").click();
        assertThat(page).hasURL(Pattern.compile(".*/decks/\\d+$"));
        waitForVaadin(page);
        chooseOption(page, "slide-case", language.equals("en") ? "Product sorting" : "生产线产品分拣");
        chooseOption(page, "slide-model", client);
        page.locator("#slide-add").click();
        waitForVaadin(page);
        assertThat(page.locator("#deck-slides .deck-slide")).hasCount(1);
        assertThat(page.locator("#deck-slides .deck-slide-sample")).containsText(client);
        page.locator("#deck-share").click();
        waitForVaadin(page);
        String link = page.locator("#deck-share-link input").inputValue();
        page.locator("#deck-present").click();
        waitForVaadin(page);
        assertThat(page.locator("#present-model")).containsText(client);
        assertThat(page.locator("#present-result"))
                .hasAttribute("data-ready", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        screenshot(page, "deck-client-model-" + language);
        String deckUrl = page.url().replaceAll("/present.*$", "");
        page.navigate(deckUrl + "/handout");
        waitForVaadin(page);
        assertThat(page.locator(".handout-slide .handout-model")).containsText(client);
        try (BrowserContext anonymous = page.context().browser().newContext()) {
            Page viewer = anonymous.newPage();
            viewer.navigate(link);
            waitForVaadin(viewer);
            assertThat(viewer.locator("#present-model")).containsText(client);
            assertThat(viewer.locator("#present-result"))
                    .hasAttribute("data-ready", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        }
    }

    /** A Fashion-MNIST test image past the client's set (number 500), photographed the same way, as a PNG file. */
    private static Path clientPhoto() throws IOException {
        byte[] image;
        try (DataInputStream in = idx("t10k-images-idx3-ubyte.gz", 16)) {
            in.skipNBytes(500 * 784);
            image = in.readNBytes(784);
        }
        Path png = Files.createTempFile("client-photo", ".png");
        Files.write(png, photograph(image, 0, new Random(7)));
        return png;
    }

    /** 400 Fashion-MNIST test images as the client's photographed products, one folder per class. */
    private static Path clientSet() throws IOException {
        byte[] images;
        byte[] labels;
        try (DataInputStream in = idx("t10k-images-idx3-ubyte.gz", 16)) {
            images = in.readNBytes(400 * 784);
        }
        try (DataInputStream in = idx("t10k-labels-idx1-ubyte.gz", 8)) {
            labels = in.readNBytes(400);
        }
        Random random = new Random(42);
        Path zip = Files.createTempFile("client-photos", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 400; i++) {
                out.putNextEntry(new ZipEntry(CLASSES.get(labels[i]) + "/" + i + ".png"));
                out.write(photograph(images, i * 784, random));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static DataInputStream idx(String file, int header) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(FASHION.resolve(file)));
        in.skipNBytes(header);
        return new DataInputStream(in);
    }

    /** Rotated 90 degrees clockwise, 3x3 box blur, gaussian noise sigma 0.05, as a PNG. */
    private static byte[] photograph(byte[] images, int offset, Random random) throws IOException {
        float[] rotated = new float[784];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                rotated[x * 28 + (27 - y)] = (images[offset + y * 28 + x] & 0xff) / 255f;
            }
        }
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double sum = 0;
                int count = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (y + dy >= 0 && y + dy < 28 && x + dx >= 0 && x + dx < 28) {
                            sum += rotated[(y + dy) * 28 + x + dx];
                            count++;
                        }
                    }
                }
                double value = Math.clamp(sum / count + random.nextGaussian() * 0.05, 0.0, 1.0);
                image.getRaster().setSample(x, y, 0, (int) Math.round(value * 255));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
