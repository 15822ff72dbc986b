package org.sillage.service;

import java.util.Locale;
import java.util.Optional;

import org.sillage.i18n.Messages;
import org.sillage.store.Store;

/** The user's settings, kept in the data folder's database. */
public final class SettingsService {
    static final String LANGUAGE = "ui.language";

    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    /** The chosen language code ("fr", "en", "nl"), or empty to follow the OS. */
    public Optional<String> language() {
        return store.transaction(r -> r.settings().get(LANGUAGE)).filter(s -> !s.isBlank());
    }

    public void setLanguage(String code) {
        store.run(r -> r.settings().put(LANGUAGE, code == null ? "" : code));
    }

    /** The language to show: the chosen one, else the OS's, else English. */
    public Locale effectiveLocale() {
        return Messages.fromSetting(language().orElse(null), Locale.getDefault());
    }
}
