package com.lepton.caselibrary.finetune;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A client model exported as a SavedModel: the job's folder zipped under {@code saved_model/}, as TensorFlow Serving,
 * Triton or {@code tf.saved_model.load} read it after unzipping.
 */
@Component
@RequiredArgsConstructor
class ClientModelZip {

    private final FineTuneProperties properties;

    /** The file name the download is offered under. */
    static String fileName(FineTuneJob job) {
        return "client-model-" + job.getId() + "-" + job.getCaseId() + ".zip";
    }

    /** Whether a job has a model on disk to export. */
    boolean exists(FineTuneJob job) {
        return job.getState() == FineTuneJob.State.SUCCEEDED
                && Files.isRegularFile(
                        ClientModels.directory(properties, job.getId()).resolve("saved_model.pb"));
    }

    /** Writes the zip of a job's SavedModel to {@code out}. */
    void write(FineTuneJob job, OutputStream out) throws IOException {
        Path root = ClientModels.directory(properties, job.getId());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(
                    "saved_model/" + root.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
