package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/** A driving licence asked for: « permis B », « permis de conduire », "driving licence", « rijbewijs ». */
final class DrivingLicenceRule implements Rule {
    private static final Pattern LICENCE = Pattern.compile(
            "permis (?:de conduire|b)(?![a-z])|driv(?:ing|er'?s) licen[cs]e|rijbewijs");

    static final String[] ANCHORS = {"permis", "driving", "driver", "rijbewijs"};

    @Override
    public String name() {
        return "driving-licence";
    }

    @Override
    public void apply(PostingText t) {
        for (String anchor : ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                Matcher m = LICENCE.matcher(t.fold).region(i, Math.min(t.fold.length(), i + 40));
                if (m.lookingAt()) {
                    t.out().drivingLicence(Boolean.TRUE);
                    t.set(Field.DRIVING_LICENCE);
                    t.evidence(Field.DRIVING_LICENCE, m.start(), m.end(), "driving-licence.mention");
                    return;
                }
            }
        }
    }
}
