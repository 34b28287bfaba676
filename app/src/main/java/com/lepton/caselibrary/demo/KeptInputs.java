package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors' own inputs kept with their consent: stored only when the visitor ticked the box and
 * the run succeeded (so anything refused as invalid or hostile is never stored), listed,
 * downloaded and deleted by administrators.
 */
@Service
@RequiredArgsConstructor
public class KeptInputs {

    private static final Logger log = LoggerFactory.getLogger(KeptInputs.class);

    private final KeptInputRepository inputs;
    private final DemoProperties limits;
    private final RunHistory history;

    /** A visitor's input as it arrived, with its media type. */
    public record Raw(byte[] bytes, String contentType) {

        public Raw {
            bytes = bytes.clone();
        }

        /** An uploaded picture: PNG or JPEG by its signature (the decoder accepted nothing else). */
        public static Raw image(byte[] bytes) {
            boolean png = bytes.length > 4
                    && (bytes[0] & 0xff) == 0x89
                    && bytes[1] == 'P'
                    && bytes[2] == 'N'
                    && bytes[3] == 'G';
            return new Raw(bytes, png ? "image/png" : "image/jpeg");
        }

        public static Raw text(String text) {
            return new Raw(text.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
        }

        public static Raw series(String csv) {
            return new Raw(csv.getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8");
        }
    }

    /**
     * One kept input as the administrators' list shows it (without its bytes).
     *
     * @param runId the run it was sent in, or {@code null} when that run's record was not written
     */
    public record Summary(
            Long id,
            String caseId,
            Long runId,
            String inputKind,
            String contentType,
            int sizeBytes,
            Instant createdAt) {}

    /** A kept input to download. */
    public record Download(String fileName, String contentType, byte[] bytes) {}

    /**
     * Keeps the visitor's input if they agreed and the run succeeded; otherwise stores nothing.
     * Never fails the visitor's run: a database error is logged and the input is not kept.
     *
     * @param raw read only when the input is kept
     * @return the kept input's id, or empty when nothing was stored
     */
    public Optional<Long> keepIfAgreed(boolean agreed, LoadedCase loaded, DemoOutcome outcome, Supplier<Raw> raw) {
        if (!agreed || outcome == null || !outcome.succeeded()) {
            return Optional.empty();
        }
        try {
            Raw input = raw.get();
            if (input.bytes().length == 0 || input.bytes().length > limits.maxUploadBytes()) {
                return Optional.empty();
            }
            String kind = loaded.plugin().demo().inputKind().name();
            return Optional.of(inputs.save(new KeptInput(
                            loaded.caseId(),
                            outcome.run() == null ? null : history.idOf(outcome.run()),
                            kind,
                            input.contentType(),
                            input.bytes()))
                    .getId());
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "Input of {} not kept, the database is unavailable: {}",
                    loaded.caseId(),
                    e.getMostSpecificCause().toString());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Input of {} not kept: {}", loaded.caseId(), e.toString());
            return Optional.empty();
        }
    }

    /** Every kept input, by case, newest first. */
    public List<Summary> list() {
        return inputs.summaries();
    }

    public long count(String caseId) {
        return inputs.countByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<Download> download(long id) {
        return inputs.findById(id)
                .map(input -> new Download(fileName(input), input.getContentType(), input.getContent()));
    }

    public void delete(long id) {
        inputs.deleteById(id);
    }

    private static String fileName(KeptInput input) {
        String type = input.getContentType();
        String extension = type.startsWith("image/png")
                ? "png"
                : type.startsWith("image/jpeg") ? "jpg" : type.startsWith("text/csv") ? "csv" : "txt";
        return input.getCaseId() + "-" + input.getId() + "." + extension;
    }
}
