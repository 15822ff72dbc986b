package org.sillage.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes: a value shown in the user's words. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value with {@code label}; null shows as empty. Nothing is parsed back. */
    public static <T> StringConverter<T> showing(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
