package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * The last word on the workplace, once the title and the organisation are known: a town their names hold
 * (« Centre de Recherche en Automatique de Nancy », "Sudbury Library and Information Advisor") when nothing in the
 * text said where the job is.
 */
final class PlaceInNameRule implements Rule {

    @Override
    public String name() {
        return "location-in-name";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.LOCATION)) {
            return;
        }
        int[][] spans = {{t.organizationStart, t.organizationEnd}, {t.titleStart, t.titleEnd}};
        for (int[] span : spans) {
            if (span[0] < 0 || span[1] <= span[0]) {
                continue;
            }
            int[] at = PlaceMentions.inSpan(t, span[0], span[1], span[0] == t.organizationStart);
            if (at != null && span[0] == t.titleStart && at[0] == span[0] && !PlaceMentions.facilityAfter(t, at[1])) {
                at = null; // « Chargé de mission … »: a title's first word is its job (a town may bear its name), unless a
                           // facility follows ("Sudbury Library and Information Advisor")
            }
            if (at != null && span[0] == t.organizationStart && at[0] == span[0] && at[1] == span[1]) {
                at = null; // « Ange Gardien »: a body named as a town elsewhere is named after something else
            }
            if (at != null && LocationRule.write(t, at[0], at[1], "location.in-name")) {
                return;
            }
        }
    }
}
