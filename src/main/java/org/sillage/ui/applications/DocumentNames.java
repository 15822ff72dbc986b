package org.sillage.ui.applications;

import java.util.ArrayList;
import java.util.List;

import org.sillage.domain.ChecklistItem;
import org.sillage.i18n.Messages;

/** How a checklist item is named and described. */
final class DocumentNames {
    private DocumentNames() {
    }

    static String name(ChecklistItem item, Messages m) {
        return item.label() != null ? item.label() : m.documentKind(item.kind());
    }

    /** "PDF · de maximum un A4 recto verso · traduction dans la deuxième langue" */
    static String constraints(ChecklistItem item) {
        List<String> parts = new ArrayList<>();
        for (String c : new String[] {item.format(), item.length(), item.language()}) {
            if (c != null && !c.isBlank()) {
                parts.add(c);
            }
        }
        return String.join(" · ", parts);
    }
}
