package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Checks and decodes what a demo runs on (a visitor's upload, drawing, series or message, or a shipped sample)
 * into the model's input, refusing it with a translated reason ({@link DemoInputException}).
 */
@Component
public class DemoInputs {

    private final ImageDecoder images;
    private final DemoProperties limits;
    private final SeriesParser series;
    private final SampleInputs samples;

    DemoInputs(ImageDecoder images, DemoProperties limits, SampleInputs samples) {
        this.images = images;
        this.limits = limits;
        this.samples = samples;
        this.series = new SeriesParser(limits.maxSeriesPoints());
    }

    /**
     * A shipped sample as the model's input, with the same checks as a visitor's input; decoded once per loaded
     * plugin ({@link SampleInputs}).
     */
    public DemoInput sampleInput(LoadedCase loaded, DemoSample sample) throws DemoInputException {
        return sample(loaded, sample).input();
    }

    /** A shipped sample as {@link #sampleInput} gives it, with the slot where the pool keeps its tensors. */
    public RunInput sample(LoadedCase loaded, DemoSample sample) throws DemoInputException {
        return samples.get(loaded, sample, () -> decodeSample(loaded, sample));
    }

    /** Reads and decodes a shipped sample from the plugin jar, every time (what the cache holds; tests compare). */
    public DemoInput decodeSample(LoadedCase loaded, DemoSample sample) throws DemoInputException {
        byte[] bytes =
                loaded.resource(sample.resourcePath()).orElseThrow(() -> new DemoInputException("demo.error.failed"));
        return switch (loaded.plugin().demo().inputKind()) {
            case IMAGE -> image(bytes);
            case SERIES -> series(new String(bytes, StandardCharsets.UTF_8));
            case TEXT -> text(new String(bytes, StandardCharsets.UTF_8));
        };
    }

    /** An uploaded PNG or JPEG. */
    DemoInput image(byte[] upload) throws DemoInputException {
        return new DemoInput.Image(images.decode(upload));
    }

    /** A drawing sent by the canvas as a PNG data URL, with the same limits as an upload. */
    DemoInput drawing(String dataUrl) throws DemoInputException {
        return image(DataUrls.png(dataUrl, limits.maxUploadBytes()));
    }

    /** A pasted or uploaded series (CSV or one value per line). */
    DemoInput series(String csv) throws DemoInputException {
        // Refuse before parsing what cannot fit: no number takes 40 characters.
        if (csv == null || csv.length() > limits.maxSeriesPoints() * 40) {
            throw new DemoInputException("demo.error.series.toomany", limits.maxSeriesPoints());
        }
        return new DemoInput.Series(series.parse(csv));
    }

    /** A typed or pasted message. */
    DemoInput text(String text) throws DemoInputException {
        if (text == null || text.isBlank()) {
            throw new DemoInputException("demo.error.text.empty");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DemoInputException("demo.error.text.toolong", limits.maxTextChars());
        }
        return new DemoInput.Text(text);
    }
}
