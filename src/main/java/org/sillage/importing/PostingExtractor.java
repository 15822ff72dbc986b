package org.sillage.importing;

import org.sillage.domain.PostingFields;

/** Reads the fields of a posting out of its text. Implementations never throw on any input. */
public interface PostingExtractor {

    /** Extracts what the text states; fields it does not state stay empty. Evidence offsets point into {@code text}. */
    PostingFields extract(String text);

    /**
     * Extracts with what the reader knew of the text's structure (its title, headings, link targets); marks
     * point into {@code text}. Extractors that read only text ignore it.
     */
    default PostingFields extract(String text, TextStructure structure) {
        return extract(text);
    }

    /** Bumped whenever the rules change, so that stored postings can be re-extracted after an upgrade. */
    int version();
}
