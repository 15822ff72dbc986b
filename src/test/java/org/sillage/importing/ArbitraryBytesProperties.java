package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import org.sillage.domain.UserException;

/** Any bytes, any clipboard: a document or a UserException, nothing else. */
class ArbitraryBytesProperties {
    private final PostingReader reader = new PostingReader(new ReadLimits(1024 * 1024, Duration.ofSeconds(5)));

    @Property(tries = 300)
    void any_bytes_give_a_document_or_a_user_exception(@ForAll @Size(max = 2000) byte[] bytes, @ForAll String name) {
        try {
            assertThat(reader.readBytes(bytes, name).text()).isNotNull();
        } catch (UserException expected) {
            assertThat(expected.key()).startsWith("error.import.");
        }
    }

    @Property(tries = 200)
    void any_clipboard_gives_a_document_or_a_user_exception(@ForAll @StringLength(max = 500) String text,
                                                             @ForAll @StringLength(max = 500) String html) {
        try {
            assertThat(reader.readClipboard(text, "<p>" + html).text()).isNotBlank();
        } catch (UserException expected) {
            assertThat(expected.key()).startsWith("error.import.");
        }
    }
}
