package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;

/** Writes a serving session as a SavedModel (tag {@code serve}) into a plugin's model directory. */
public final class SavedModelExport {

    private SavedModelExport() {}

    /**
     * Removes an earlier export from {@code directory} ({@code saved_model.pb} and the files in
     * {@code variables/}), leaving everything else (the model card) in place, since the exporter
     * only overwrites files. Creates the directory if needed.
     */
    public static void clear(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve("saved_model.pb"));
        Path variables = directory.resolve("variables");
        if (Files.isDirectory(variables)) {
            try (Stream<Path> files = Files.list(variables)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Exports {@code session} with its one {@code signature} to {@code directory}. */
    public static void export(Session session, Signature signature, Path directory) throws IOException {
        SavedModelBundle.exporter(directory.toString())
                .withSession(session)
                .withSignature(signature)
                .export();
    }

    /**
     * Exports {@code session} with a {@code serving_default} signature of one input and the named
     * outputs: the signature every series network repeated.
     */
    public static void export(
            Session session,
            Path directory,
            String inputName,
            Operand<?> input,
            Map<String, ? extends Operand<?>> outputs)
            throws IOException {
        Signature.Builder signature =
                Signature.builder().key(Signature.DEFAULT_KEY).input(inputName, input);
        outputs.forEach(signature::output);
        export(session, signature.build(), directory);
    }
}
