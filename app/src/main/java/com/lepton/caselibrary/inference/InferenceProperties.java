package com.lepton.caselibrary.inference;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shared inference pool.
 *
 * @param predictorsPerModel DJL predictors per model; each serves one request at a time
 * @param requestTimeout     how long a request may wait for a free predictor before it is refused as busy
 * @param modelsDirectory    where models are unpacked from plugin archives
 */
@ConfigurationProperties("lepton.inference")
public record InferenceProperties(int predictorsPerModel, Duration requestTimeout, Path modelsDirectory) {
}
