package org.sillage.cli;

import java.io.PrintWriter;
import java.util.List;

import org.sillage.domain.EarlierApplication;
import org.sillage.i18n.Messages;

/** The "did I already apply?" warning of {@code import} and {@code track}: one line per earlier application. */
final class AlreadyApplied {
    private AlreadyApplied() {
    }

    static void print(PrintWriter out, Messages m, List<EarlierApplication> earlier) {
        for (EarlierApplication e : earlier) {
            String title = e.title() == null ? m.get("posting.untitled") : Names.printable(e.title());
            String org = e.organization() == null ? "" : Names.printable(e.organization());
            out.println(e.noAnswer()
                    ? m.get("cli.already_applied.no_answer", org, title, e.applicationId(), e.appliedOn().toString())
                    : m.get("cli.already_applied", org, title, e.applicationId(), e.appliedOn().toString(),
                            m.get(e.status().messageKey()), e.since().toString()));
        }
    }
}
