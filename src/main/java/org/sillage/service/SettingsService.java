package org.sillage.service;

import java.util.Locale;
import java.util.Optional;

import org.sillage.i18n.Messages;
import org.sillage.store.Store;

/** The user's settings, kept in the data folder's database. */
public final class SettingsService {
    static final String LANGUAGE = "pref.language";
    static final String FOLLOW_UP_DAYS = "pref.followup_days";
    static final String REMINDER_DAYS = "pref.reminder_days";
    static final String MAX_FILE_MB = "pref.max_file_mb";
    static final String TIMEOUT_SECONDS = "pref.timeout_seconds";
    static final String WINDOW = "pref.window";
    static final String INSTALLATION = "installation.id";

    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    /** The chosen language code ("fr", "en", "nl"), or empty to follow the OS. */
    public Optional<String> language() {
        return store.transaction(r -> r.settings().get(LANGUAGE)).filter(s -> !s.isBlank());
    }

    /**
     * Sets the language; the next actions still worded as proposed are worded again in it (they stayed in the
     * language they were proposed in: "Envoyer la candidature" in an English window).
     */
    public void setLanguage(String code) {
        Messages before = words();
        String value = code == null ? "" : code;
        Messages after = Messages.forLocale(Messages.fromSetting(value.isBlank() ? null : value, Locale.getDefault()));
        // the setting and the next actions reworded in one transaction: a crash leaves both as they were, or both done
        store.run(r -> {
            r.settings().put(LANGUAGE, value);
            if (!before.locale().equals(after.locale())) {
                for (String key : org.sillage.domain.NextActions.messageKeys()) {
                    if (!before.get(key).equals(after.get(key))) {
                        r.applications().retextNextActions(before.get(key), after.get(key));
                    }
                }
            }
        });
        words = null;
    }

    private volatile Messages words;

    /**
     * The words of the language to show, remembered until the language changes: services translate with
     * them inside a transaction (a proposed next action) without reading the setting again.
     */
    public Messages words() {
        Messages w = words;
        if (w == null) {
            w = Messages.forLocale(effectiveLocale());
            words = w;
        }
        return w;
    }

    static final String NO_ANSWER_DAYS = "pref.no_answer_days";

    /** Days after Applied with no other change when an application is flagged "no answer" (default 21). */
    public int noAnswerDays() {
        return intSetting(NO_ANSWER_DAYS, 21);
    }

    public void setNoAnswerDays(int days) {
        if (days < 1) {
            throw new org.sillage.domain.UserException("error.settings.number");
        }
        store.run(r -> r.settings().put(NO_ANSWER_DAYS, Integer.toString(days)));
    }

    /** Days after Applied when a follow-up is proposed (default 10). */
    public int followUpDays() {
        return intSetting(FOLLOW_UP_DAYS, 10);
    }

    /** Deadlines this many days ahead are reminded (default 3). */
    public int reminderDays() {
        return intSetting(REMINDER_DAYS, 3);
    }

    /** The largest file an import accepts, in MB (default 50). */
    private static final String MAX_TEXT_KB = "pref.max_text_kb";

    public int maxFileMegabytes() {
        return intSetting(MAX_FILE_MB, 50);
    }

    /** How long reading one file may take, in seconds (default 20). */
    public int timeoutSeconds() {
        return intSetting(TIMEOUT_SECONDS, 20);
    }

    /** The largest posting text accepted, in KB of characters (default 1024). */
    public int maxTextKilobytes() {
        return intSetting(MAX_TEXT_KB, org.sillage.importing.ReadLimits.DEFAULT_MAX_TEXT_CHARS / 1024);
    }

    public void setMaxTextKilobytes(int kilobytes) {
        if (kilobytes < 1) {
            throw new org.sillage.domain.UserException("error.settings.number");
        }
        store.run(r -> r.settings().put(MAX_TEXT_KB, Integer.toString(kilobytes)));
    }

    /** Stores the numeric settings; each must be positive. */
    public void setNumbers(int followUpDays, int reminderDays, int maxFileMegabytes, int timeoutSeconds) {
        if (followUpDays < 1 || reminderDays < 0 || maxFileMegabytes < 1 || timeoutSeconds < 1) {
            throw new org.sillage.domain.UserException("error.settings.number");
        }
        store.run(r -> {
            r.settings().put(FOLLOW_UP_DAYS, Integer.toString(followUpDays));
            r.settings().put(REMINDER_DAYS, Integer.toString(reminderDays));
            r.settings().put(MAX_FILE_MB, Integer.toString(maxFileMegabytes));
            r.settings().put(TIMEOUT_SECONDS, Integer.toString(timeoutSeconds));
        });
    }

    private int intSetting(String name, int dflt) {
        return store.transaction(r -> r.settings().get(name)).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }).orElse(dflt);
    }

    /**
     * A random id of this data folder, made the first time it is asked for: it keeps the calendar events
     * of two people's exports apart (their UIDs would otherwise collide).
     */
    public String installationId() {
        return store.transaction(r -> r.settings().get(INSTALLATION).orElseGet(() -> {
            String id = java.util.UUID.randomUUID().toString();
            r.settings().put(INSTALLATION, id);
            return id;
        }));
    }

    /** Where the window and its dividers were when it last closed; {@link WindowLayout#NONE} the first time. */
    public org.sillage.domain.WindowLayout windowLayout() {
        return org.sillage.domain.WindowLayout.read(store.transaction(r -> r.settings().get(WINDOW)).orElse(null));
    }

    public void setWindowLayout(org.sillage.domain.WindowLayout layout) {
        store.run(r -> r.settings().put(WINDOW, layout.write()));
        // a copy beside the database, read before it opens: the window appears where it was at once
        java.nio.file.Path file = store.folder().resolve(WINDOW_FILE);
        try {
            java.nio.file.Path part = store.folder().resolve(WINDOW_FILE + ".part");
            java.nio.file.Files.writeString(part, layout.write());
            org.sillage.store.OwnerOnly.restrict(part);
            java.nio.file.Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SettingsService.class).debug("No copy of the window layout", e);
        }
    }

    private static final String WINDOW_FILE = "window.layout";

    /**
     * Where the window was when it last closed, read from the copy beside the database without opening
     * it ({@link WindowLayout#NONE} when there is none): for the first frame of a start.
     */
    public static org.sillage.domain.WindowLayout lastWindowLayout(java.nio.file.Path dataFolder) {
        try {
            return org.sillage.domain.WindowLayout.read(java.nio.file.Files.readString(dataFolder.resolve(WINDOW_FILE)));
        } catch (java.io.IOException | RuntimeException e) {
            return org.sillage.domain.WindowLayout.NONE;
        }
    }

    /** The candidate's names and e-mail, which fill a required e-mail subject. */
    public org.sillage.domain.Profile profile() {
        return store.transaction(r -> r.candidate().profile());
    }

    public void setProfile(String firstName, String lastName, String email) {
        store.run(r -> r.candidate().update(new org.sillage.domain.Profile(
                blankToNull(firstName), blankToNull(lastName), blankToNull(email))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The language to show: the chosen one, else the OS's, else English. */
    public Locale effectiveLocale() {
        return Messages.fromSetting(language().orElse(null), Locale.getDefault());
    }
}
