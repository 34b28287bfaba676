package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.inference.ModelSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes the loaded models as an NVIDIA Triton model repository: for each model
 * {@code <name>/config.pbtxt} (the signature, dynamic batching with the pool's settings) and
 * {@code <name>/1/model.savedmodel/}. Triton then serves them on the same protocol the portal
 * speaks, and a portal with {@code lepton.serving.remote.url} pointing at it uses it as its pool.
 */
@Component
@RequiredArgsConstructor
public class TritonRepository {

    /** Triton versions are integers; the plugin's model version goes into a comment. */
    static final String VERSION_FOLDER = "1";

    private final InferencePool pool;

    /** Exports every loaded model into {@code repository}; returns the model names written. */
    public List<String> export(Path repository) throws IOException {
        Files.createDirectories(repository);
        List<String> written = new ArrayList<>();
        for (String name : pool.loadedModels().stream().sorted().toList()) {
            ModelSignature signature = pool.signature(name).orElseThrow();
            InferenceProperties.BatchSettings settings = pool.settings(name).orElseThrow();
            Path folder = repository.resolve(name);
            Path target = folder.resolve(VERSION_FOLDER).resolve("model.savedmodel");
            copyTree(pool.savedModel(name).orElseThrow(), target);
            Files.writeString(
                    folder.resolve("config.pbtxt"),
                    config(name, pool.version(name).orElse("?"), signature, settings));
            written.add(name);
        }
        return written;
    }

    /** The model configuration in Triton's protobuf text format. */
    static String config(
            String name, String version, ModelSignature signature, InferenceProperties.BatchSettings settings) {
        return "# " + name + " model version " + version + ", exported by the Lepton Case Library\n"
                + "name: \"" + name + "\"\n"
                + "platform: \"tensorflow_savedmodel\"\n"
                + "max_batch_size: " + settings.maxBatchSize() + "\n"
                + tensors("input", signature.inputs())
                + tensors("output", signature.outputs())
                + "dynamic_batching {\n"
                + "  max_queue_delay_microseconds: " + settings.maxQueueDelay().toNanos() / 1000 + "\n"
                + "}\n"
                + "instance_group [\n"
                + "  {\n"
                + "    count: " + settings.predictors() + "\n"
                + "    kind: KIND_AUTO\n"
                + "  }\n"
                + "]\n";
    }

    private static String tensors(String kind, List<ModelSignature.Tensor> tensors) {
        return kind + " [\n"
                + tensors.stream()
                        .map(tensor -> "  {\n"
                                + "    name: \"" + tensor.name() + "\"\n"
                                + "    data_type: TYPE_" + tensor.datatype() + "\n"
                                // With max_batch_size > 0, Triton's dims leave out the batch dimension.
                                + "    dims: [ "
                                + Arrays.stream(tensor.exampleShape())
                                        .mapToObj(Long::toString)
                                        .collect(Collectors.joining(", "))
                                + " ]\n"
                                + "  }")
                        .collect(Collectors.joining(",\n"))
                + "\n]\n";
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
