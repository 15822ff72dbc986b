package org.sillage.ui.common;

import java.util.List;
import java.util.stream.Collectors;

import org.sillage.domain.EarlierApplication;
import org.sillage.i18n.Messages;

/** The "did I already apply?" warning in words, one sentence per earlier application. */
public final class EarlierApplicationsText {
    private EarlierApplicationsText() {
    }

    public static String describe(List<EarlierApplication> earlier, Messages m, Formats formats) {
        return earlier.stream().map(e -> {
            String org = e.organization() == null ? "" : e.organization();
            String title = e.title() == null ? m.get("posting.untitled") : e.title();
            return e.noAnswer()
                    ? m.get("posting.already_applied.no_answer", org, title, formats.date(e.appliedOn()))
                    : m.get("posting.already_applied", org, title, formats.date(e.appliedOn()),
                            m.get(e.status().messageKey()), formats.date(e.since()));
        }).collect(Collectors.joining("\n"));
    }
}
