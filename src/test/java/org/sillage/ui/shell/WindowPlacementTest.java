package org.sillage.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.sillage.domain.WindowLayout;

class WindowPlacementTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 800, 572);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1440, 870);

    @Test
    void the_first_time_the_window_fits_a_small_screen() {
        Rectangle2D r = WindowPlacement.fit(WindowLayout.NONE, List.of(SMALL), SMALL);
        assertThat(r).isEqualTo(SMALL);
    }

    @Test
    void the_first_time_the_window_is_centred_on_a_large_screen() {
        Rectangle2D r = WindowPlacement.fit(WindowLayout.NONE, List.of(LARGE), LARGE);
        assertThat(r).isEqualTo(new Rectangle2D(80, 35, 1280, 800));
    }

    @Test
    void a_saved_place_is_kept_and_shrunk_into_the_screen_now_smaller() {
        var saved = new WindowLayout(300, 200, 1280, 800, false, Map.of());
        assertThat(WindowPlacement.fit(saved, List.of(LARGE), LARGE)).isEqualTo(new Rectangle2D(160, 70, 1280, 800));
        assertThat(WindowPlacement.fit(saved, List.of(SMALL), SMALL)).isEqualTo(SMALL);
    }

    @Test
    void a_place_on_a_screen_no_longer_there_falls_back_to_the_main_screen() {
        var saved = new WindowLayout(2000, 100, 900, 700, false, Map.of());
        assertThat(WindowPlacement.fit(saved, List.of(LARGE), LARGE)).isEqualTo(new Rectangle2D(80, 35, 1280, 800));
    }

    @Test
    void the_layout_reads_back_what_it_wrote_and_ignores_garbage() {
        var layout = new WindowLayout(10, 20, 900, 650, true, Map.of("postings", 0.3, "posting.text", 0.5));
        assertThat(WindowLayout.read(layout.write())).isEqualTo(layout);
        assertThat(WindowLayout.read("not, a layout")).isEqualTo(WindowLayout.NONE);
        assertThat(WindowLayout.read(null).hasBounds()).isFalse();
    }
}
