package com.lepton.caselibrary.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Markdown files packaged with the portal in one classpath folder (write-ups, solutions, guide pages). */
public final class PackagedMarkdown {

    /** Takes one file's text. */
    @FunctionalInterface
    public interface Reader<E extends Exception> {
        void read(String fileName, String markdown) throws E;
    }

    private PackagedMarkdown() {}

    /**
     * Hands each {@code *.md} file of the folder whose name is accepted to the reader, as UTF-8 text, one after the
     * other.
     *
     * @throws IOException when the folder or a file cannot be read; the files before it were handed over
     */
    public static <E extends Exception> void forEach(String folder, Predicate<String> accepted, Reader<E> reader)
            throws IOException, E {
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.md")) {
            String fileName = resource.getFilename();
            if (fileName != null && accepted.test(fileName)) {
                try (InputStream in = resource.getInputStream()) {
                    reader.read(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }
}
