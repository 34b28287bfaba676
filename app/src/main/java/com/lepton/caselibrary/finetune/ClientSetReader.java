package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.demo.DemoInputException;
import com.lepton.caselibrary.demo.ImageDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Reads a client's labelled images: a zip with one folder per class ({@code CLASS/name.png}, optionally inside
 * one top folder). Nothing is written to disk. Refused as a whole: an archive over the size or entry limits, one
 * that inflates past the limit (counted while inflating, not from the headers), entries that climb out of the
 * archive or repeat, labels the case does not know, files that are not images the case's demo would accept, a
 * class missing or with too few examples ({@link ClientSet#split}, which also holds a share out).
 */
@Component
@RequiredArgsConstructor
class ClientSetReader {

    private final ImageDecoder images;
    private final FineTuneProperties limits;

    ClientSet read(byte[] archive, List<String> classes, int caseMinimum) throws ClientSetException {
        if (archive.length == 0) {
            throw new ClientSetException("finetune.error.empty");
        }
        if (archive.length > limits.maxArchiveBytes()) {
            throw new ClientSetException("finetune.error.too-large", limits.maxArchiveBytes() >> 20);
        }
        if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K') {
            throw new ClientSetException("finetune.error.not-zip");
        }
        Map<String, List<LabelledExample>> byClass = ClientSet.emptyClasses(classes);
        List<ClientSetException.Refusal> refused = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new ClientSetException("finetune.error.too-many", limits.maxEntries());
                }
                String name = entry.getName();
                if (!names.add(name)) {
                    throw new ClientSetException("finetune.error.duplicate", name);
                }
                if (escapes(name)) {
                    throw new ClientSetException("finetune.error.unsafe-entry", name);
                }
                long budget = limits.maxUncompressedBytes() - inflated;
                byte[] bytes = readLimited(zip, Math.min(budget, images.maxUploadBytes()));
                if (bytes == null) {
                    throw budget <= images.maxUploadBytes()
                            ? new ClientSetException("finetune.error.bomb", limits.maxUncompressedBytes() >> 20)
                            : new ClientSetException(
                                    "finetune.error.entry-too-large", name, images.maxUploadMegabytes());
                }
                inflated += bytes.length;
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                String[] parts = name.split("/");
                if (parts.length < 2 || parts.length > 3) {
                    refused.add(new ClientSetException.Refusal(name, "finetune.refused.not-in-class-folder"));
                    continue;
                }
                String label = parts[parts.length - 2];
                if (!byClass.containsKey(label)) {
                    refused.add(new ClientSetException.Refusal(name, "finetune.refused.unknown-label"));
                    continue;
                }
                try {
                    byClass.get(label).add(new LabelledExample(new DemoInput.Image(images.decode(bytes)), label));
                } catch (DemoInputException e) {
                    refused.add(new ClientSetException.Refusal(name, e.messageKey()));
                }
            }
        } catch (ZipException e) {
            throw new ClientSetException("finetune.error.not-zip");
        } catch (IOException e) {
            throw new ClientSetException("finetune.error.not-zip");
        }
        if (!refused.isEmpty()) {
            throw new ClientSetException(refused, "finetune.error.refused-entries", refused.size());
        }
        return ClientSet.split(byClass, caseMinimum, limits);
    }

    /** An absolute name, a backslash or a {@code ..} step: never extracted, but never accepted either. */
    private static boolean escapes(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Files that archivers add by themselves (macOS resource forks, Finder and Explorer metadata). */
    private static boolean ignored(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || file.startsWith(".") || file.equalsIgnoreCase("Thumbs.db");
    }

    /** The entry's bytes, or {@code null} when it inflates past {@code budget}. */
    private static byte[] readLimited(InputStream in, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > budget) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
