package com.lepton.caselibrary.inference;

/**
 * Keys of private models in the pool (a consultant's client model): served through its owner's runs only, never
 * listed by {@link InferencePool#loadedModels()}, the open protocol or the Triton export.
 */
public final class PrivateModels {

    private static final String PREFIX = "private:";

    private PrivateModels() {}

    /** The pool key of a private model named {@code name}. */
    public static String key(String name) {
        return PREFIX + name;
    }

    /** Whether a key names a private model. */
    public static boolean isPrivate(String key) {
        return key.startsWith(PREFIX);
    }
}
