package com.lepton.caselibrary.content;

/** A document kept in a {@link BilingualLibrary}: one language's version of the document with that id. */
public interface BilingualDocument {

    String id();

    /** {@code zh} or {@code en}. */
    String language();
}
