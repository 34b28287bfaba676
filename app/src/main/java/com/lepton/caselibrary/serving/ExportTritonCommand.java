package com.lepton.caselibrary.serving;

import java.nio.file.Path;
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

    private ExportTritonCommand() {}

    public static int run(Class<?> application, String[] args) {
        String out = null;
        List<String> portalArgs = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if ("--out".equals(args[i]) && i + 1 < args.length) {
                out = args[++i];
            } else {
                portalArgs.add(args[i]);
            }
        }
        if (out == null) {
            System.out.println("usage: export-triton --out DIR [--lepton.data-directory=...]");
            return 2;
        }
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
