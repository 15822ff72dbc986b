package org.sillage.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sillage.domain.Labels;

/** The stars and tags of the detail, without JavaFX running. */
class LabelsModelTest {
    private final LabelsModel model = new LabelsModel();

    @Test
    void pressing_a_star_sets_that_priority_and_pressing_it_again_takes_it_away() {
        model.show(1, new Labels(2, List.of()));
        assertThat(model.priorityAfterPressing(3)).isEqualTo(3);
        assertThat(model.priorityAfterPressing(1)).isEqualTo(1);
        assertThat(model.priorityAfterPressing(2)).isZero();
    }

    @Test
    void keys_set_or_move_the_priority_within_zero_to_three() {
        model.show(1, new Labels(3, List.of()));
        assertThat(model.priorityAfterKey("+")).isEqualTo(3);
        assertThat(model.priorityAfterKey("-")).isEqualTo(2);
        assertThat(model.priorityAfterKey("0")).isZero();
        assertThat(model.priorityAfterKey("1")).isEqualTo(1);
        assertThat(model.priorityAfterKey("7")).isEqualTo(-1);
        assertThat(model.priorityAfterKey("a")).isEqualTo(-1);
    }

    @Test
    void a_typed_tag_is_added_tidied_unless_it_is_there_in_any_spelling() {
        model.show(1, new Labels(0, List.of("Lille")));
        model.typed().set("  #public   sector ");
        assertThat(model.tagsWithTyped()).containsExactly("Lille", "public sector");
        model.typed().set("LILLE");
        assertThat(model.tagsWithTyped()).isNull();
        model.typed().set("   ");
        assertThat(model.tagsWithTyped()).isNull();
    }

    @Test
    void backspace_takes_the_last_tag_and_a_chip_its_own() {
        model.show(1, new Labels(0, List.of("a", "b", "c")));
        assertThat(model.tagsWithoutLast()).containsExactly("a", "b");
        assertThat(model.tagsWithout("b")).containsExactly("a", "c");
        model.show(1, Labels.NONE);
        assertThat(model.tagsWithoutLast()).isNull();
    }

    @Test
    void what_was_typed_for_one_posting_is_not_kept_for_another() {
        model.show(1, Labels.NONE);
        model.typed().set("half typed");
        model.show(1, new Labels(1, List.of("x")));
        assertThat(model.typed().get()).isEqualTo("half typed");
        model.show(2, Labels.NONE);
        assertThat(model.typed().get()).isEmpty();
        assertThat(model.ownerId()).isEqualTo(2);
    }
}
