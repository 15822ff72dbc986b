package org.sillage.domain;

/** Whether a posting requires a document, merely welcomes it ("un plus"), or waives it. */
public enum Necessity {
    REQUIRED, OPTIONAL, WAIVED
}
