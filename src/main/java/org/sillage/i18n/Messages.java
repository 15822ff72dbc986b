package org.sillage.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.sillage.domain.UserException;

/**
 * The words of the user interface and the command line, from {@code i18n/messages*.properties}.
 * English is the base bundle; French and Dutch override it. The choice follows the OS unless the
 * user picked a language in the settings.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    /** The languages Sillage speaks, in the order the settings offer them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl"));

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
    }

    /**
     * Properties files only, no fallback to the OS's language, and English read from the base file alone:
     * looking for a {@code messages_en.properties} that does not exist went through every jar of the class
     * path, on the way to the window's first frame.
     */
    private static final ResourceBundle.Control CONTROL = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale wanted) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale wanted) {
            return wanted.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? List.of(Locale.ROOT)
                    : super.getCandidateLocales(baseName, wanted);
        }
    };

    /** Messages in the supported language closest to {@code wanted}; English when none fits. */
    public static Messages forLocale(Locale wanted) {
        return new Messages(supportedOrEnglish(wanted));
    }

    /** The supported language of a locale, or English: "fr-BE" gives French. */
    public static Locale supportedOrEnglish(Locale wanted) {
        if (wanted != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Parses a language code from the settings ("fr", "en", "nl"); blank or unknown means "follow the OS". */
    public static Locale fromSetting(String code, Locale osDefault) {
        if (code == null || code.isBlank() || "system".equals(code)) {
            return supportedOrEnglish(osDefault);
        }
        return supportedOrEnglish(Locale.forLanguageTag(code));
    }

    public Locale locale() {
        return locale;
    }

    /** The command line's help texts in this language ({@code org/sillage/cli/help_*.properties}); empty in English. */
    public ResourceBundle commandLineHelp() {
        return ResourceBundle.getBundle("org.sillage.cli.help", locale, CONTROL);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, with {@link MessageFormat} arguments; the key itself if missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A document kind in words: {@code cover_letter} → "Cover letter", {@code other:Casier judiciaire} →
     * "Casier judiciaire", {@code other:github_profile} → "GitHub profile"; an unknown kind is shown as it is.
     */
    public String documentKind(String kind) {
        if (kind.startsWith("other:")) {
            String words = kind.substring("other:".length()).strip();
            // the reader's own names for some ("other:github_profile") have words of their own
            String key = "document.other." + words;
            String name = words.indexOf(' ') < 0 ? get(key) : key;
            return name.equals(key) ? words : name;
        }
        String key = "document." + kind;
        String name = get(key);
        return name.equals(key) ? kind : name;
    }

    public String translate(UserException e) {
        return get(e.key(), e.args());
    }
}
