package org.sillage.ui.labels;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.Labels;

/**
 * State of the priority and tags of the posting or application shown: what the stars and the tag chips
 * show, what is being typed as a new tag, and what a press or a key makes of them. The properties belong
 * to the JavaFX thread; {@link Source} is called on a worker thread.
 */
public final class LabelsModel {
    /** Where the labels are written: the posting's or the application's (worker thread). */
    public interface Source {
        Labels setPriority(long id, int priority);

        Labels setTags(long id, List<String> tags);
    }

    private final IntegerProperty priority = new SimpleIntegerProperty();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty typed = new SimpleStringProperty("");
    private long ownerId = -1;

    /** Shows the labels of a posting or an application; what was being typed for another one is cleared. */
    public void show(long id, Labels labels) {
        if (id != ownerId) {
            typed.set("");
        }
        ownerId = id;
        priority.set(labels.priority());
        tags.setAll(labels.tags());
    }

    public long ownerId() {
        return ownerId;
    }

    /** The priority after pressing star {@code star} (1 to 3): pressing the current one takes it away. */
    public int priorityAfterPressing(int star) {
        return priority.get() == star ? 0 : star;
    }

    /** The priority after a key: 0 to 3 set it, + and - move it; -1 when the key means nothing here. */
    public int priorityAfterKey(String key) {
        return switch (key) {
            case "0", "1", "2", "3" -> Integer.parseInt(key);
            case "+" -> Math.min(3, priority.get() + 1);
            case "-" -> Math.max(0, priority.get() - 1);
            default -> -1;
        };
    }

    /** The tags with the one typed added, or null when it adds nothing (blank, or there in any spelling). */
    public List<String> tagsWithTyped() {
        String tag = Labels.tidyTag(typed.get());
        if (tag == null || tags.stream().anyMatch(t -> Labels.tagKey(t).equals(Labels.tagKey(tag)))) {
            return null;
        }
        List<String> next = new ArrayList<>(tags);
        next.add(tag);
        return next;
    }

    public List<String> tagsWithout(String tag) {
        List<String> next = new ArrayList<>(tags);
        next.remove(tag);
        return next;
    }

    /** The tags without the last one (Backspace in an empty field), or null when there are none. */
    public List<String> tagsWithoutLast() {
        return tags.isEmpty() ? null : tagsWithout(tags.get(tags.size() - 1));
    }

    public IntegerProperty priority() {
        return priority;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty typed() {
        return typed;
    }
}
