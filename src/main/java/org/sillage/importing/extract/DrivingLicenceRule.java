package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/** A driving licence asked for: « permis B », « permis de conduire », "driving licence", « rijbewijs ». */
final class DrivingLicenceRule implements Rule {
    private static final Pattern LICENCE = Pattern.compile(
            "permis (?:de conduire|b)(?![a-z])|driv(?:ing|er'?s) licen[cs]e|rijbewijs");

    @Override
    public String name() {
        return "driving-licence";
    }

    @Override
    public void apply(PostingText t) {
        int i = Keywords.firstIndex(t.fold, t.bodyStart, t.fold.length(), "permis", "driving", "driver", "rijbewijs");
        int guard = 0;
        while (i >= 0 && guard++ < 50) {
            Matcher m = LICENCE.matcher(t.fold).region(i, Math.min(t.fold.length(), i + 40));
            if (m.lookingAt()) {
                t.out().drivingLicence(Boolean.TRUE);
                t.set(Field.DRIVING_LICENCE);
                t.evidence(Field.DRIVING_LICENCE, m.start(), m.end(), "driving-licence.mention");
                return;
            }
            i = Keywords.firstIndex(t.fold, i + 1, t.fold.length(), "permis", "driving", "driver", "rijbewijs");
        }
    }
}
