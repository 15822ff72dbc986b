package org.sillage.importing.extract;

/** One small extraction rule: reads the posting and fills some fields of the builder, with evidence. */
interface Rule {

    /** Rule name recorded as evidence. */
    String name();

    void apply(PostingText t);
}
