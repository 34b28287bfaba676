package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar lepton-case-library.jar export-triton --out DIR [portal options]}: starts the
 * portal as configured (its installed plugins, their models loaded and warmed up so their
 * signatures are known), writes the Triton model repository, and stops.
 */
public final class ExportTritonCommand {

    public static final String NAME = "export-triton";

    /** What {@code export-triton} expects; {@code export-triton --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Starts the portal as configured, writes its models as a Triton model repository, and stops.",
            List.of(CommandSpec.required("out", "DIR", "the Triton model repository to write")),
            true,
            List.of(
                    "Portal settings such as --lepton.data-directory=DIR choose which installed plugins are exported."));

    private ExportTritonCommand() {}

    public static int run(Class<?> application, String[] args) {
        Options options = Options.parse(SPEC, args);
        String out = options.get("out");
        List<String> portalArgs = new ArrayList<>(options.portalSettings());
        portalArgs.add("--server.port=0");
        try (ConfigurableApplicationContext context =
                SpringApplication.run(application, portalArgs.toArray(String[]::new))) {
            List<String> models = context.getBean(TritonRepository.class).export(Path.of(out));
            System.out.printf(
                    "Exported %d model(s) to %s: %s%n",
                    models.size(), Path.of(out).toAbsolutePath(), models);
            return models.isEmpty() ? 1 : 0;
        } catch (Exception e) {
            System.err.println("Export failed: " + e);
            return 1;
        }
    }
}
