package org.sillage.importing.extract;

/**
 * An application form named as a document for {@link DocumentsRule}: one to fill in and send back ("Download the
 * application form", "Complete the attached application form"), never a form on the web, which is the way to apply.
 */
final class ApplicationForms {
    private ApplicationForms() {
    }

    /** Verbs that fill in or send back a form: "complete our application form", "download the application form". */
    private static final String[] FORM_FILLED = {"complete", "download", "fill in", "fill out", "return", "attached", "enclosed"};

    /**
     * Whether the application form at {@code i} is one to fill in and send back: a verb that fills or fetches it
     * shortly before, in its sentence, and not a form on the web ("our online application form", "complete the
     * [application form](https://forms…)"), which is the way to apply, not a document.
     */
    static boolean toReturn(PostingText t, int i) {
        String f = t.fold;
        String before = f.substring(Math.max(t.sentenceStart(i), i - 40), i);
        if (Keywords.containsAny(before, WEB_BEFORE)) {
            return false;
        }
        if (before.endsWith("[")) {
            int close = f.indexOf("](", i);
            int end = close < 0 ? -1 : f.indexOf(')', close);
            if (close < 0 || close > i + 20 || end < 0 || !f.substring(close, end).matches("(?s).*\\.(?:pdf|docx?|odt|rtf)")) {
                return false; // a link to a web form, not to a file to fill in
            }
        }
        if (!Keywords.containsAny(before, FORM_FILLED)) {
            return false;
        }
        if (Keywords.containsAny(before, FORM_FETCHED)) {
            return true; // downloaded, attached: a file
        }
        // "complete the application form on our website": filled in on the web, unless what the sentence links is a file
        String after = f.substring(i, Math.max(i, Math.min(i + 150, t.sentenceEnd(i))));
        return !Keywords.containsAny(after, FORM_ON_THE_WEB) || Keywords.containsAny(after, FORM_FILES);
    }

    private static final String[] FORM_FETCHED = {"download", "attached", "enclosed", "return"};
    private static final String[] WEB_BEFORE = {"online", "on-line", "web"};
    private static final String[] FORM_ON_THE_WEB = {"online", "on-line", "website", "web site", "our site", "http", "www."};
    private static final String[] FORM_FILES = {".pdf", ".doc", ".odt", ".rtf"};
}
