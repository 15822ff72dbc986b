package org.sillage.service;

import java.util.List;
import java.util.Locale;

import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;

/** Finds a job seeker by what a person types: their number, or their name (whole, case and accents ignored). */
final class SeekerRef {
    private SeekerRef() {
    }

    static Seeker find(List<Seeker> all, String ref) {
        String wanted = ref == null ? "" : ref.strip();
        if (wanted.matches("\\d{1,18}")) {
            long id = Long.parseLong(wanted);
            for (Seeker s : all) {
                if (s.id() == id) {
                    return s;
                }
            }
        }
        List<Seeker> named = all.stream().filter(s -> fold(s.displayName()).equals(fold(wanted))).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new UserException("error.handover.seeker_ambiguous", wanted);
        }
        throw new UserException("error.handover.seeker_unknown", wanted);
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
