package com.lepton.caselibrary.trainingkit;

import java.nio.file.Path;
import java.util.List;

/** Where the vega-datasets package (3.2.1) that several cases train on is installed. */
public final class VegaDatasets {

    /** Where {@code npm install --prefix data/datasets vega-datasets@3.2.1} puts the files, from the repository root. */
    public static final Path PROJECT_DATA = Path.of("data", "datasets", "node_modules", "vega-datasets", "data");

    /** Where a global {@code npm install -g vega-datasets@3.2.1} puts them on Debian. */
    public static final Path GLOBAL_DATA = Path.of("/usr/lib/node_modules/vega-datasets/data");

    private VegaDatasets() {}

    /** The folders a trainer looks in, the repository's own installation first. */
    public static List<Path> directories() {
        return List.of(PROJECT_DATA.toAbsolutePath(), GLOBAL_DATA);
    }
}
