package com.lepton.caselibrary.api;

/** The kind of input a demo takes; the host offers the matching input component. */
public enum InputKind {
    /** A picture: a shipped sample, an upload or a drawing. */
    IMAGE,
    /** A numeric series: a shipped one or pasted CSV. */
    SERIES,
    /** A message typed or pasted by the visitor. */
    TEXT
}
