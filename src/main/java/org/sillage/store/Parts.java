package org.sillage.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits a long list of ids into parts of at most 500, for {@code in (...)} lists of bounded length. */
final class Parts {
    private Parts() {
    }

    static <T> List<List<T>> of(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 500) {
            parts.add(list.subList(i, Math.min(list.size(), i + 500)));
        }
        return parts;
    }
}
