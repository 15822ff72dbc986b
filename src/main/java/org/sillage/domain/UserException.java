package org.sillage.domain;

import java.util.Arrays;

/**
 * A failure the user can cause and act on. It carries an i18n message key and its arguments; the UI
 * and the command line translate it. The technical detail, if any, is the cause, which goes to the log.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        this(null, key, args);
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
