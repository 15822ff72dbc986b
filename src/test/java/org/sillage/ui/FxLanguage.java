package org.sillage.ui;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The language a walk reads its labels in, for the whole class: registers the toolkit and sets the default locale
 * before the class's tests, and puts the old one back after them.
 *
 * <pre>@RegisterExtension static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);</pre>
 */
final class FxLanguage implements BeforeAllCallback, AfterAllCallback {
    private final Locale locale;
    private Locale before;

    FxLanguage(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        before = FxWalk.toolkitIn(locale);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(before);
    }
}
