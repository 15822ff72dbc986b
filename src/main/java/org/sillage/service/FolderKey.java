package org.sillage.service;

import org.sillage.store.Protection;

/**
 * What opens a protected data folder once its password was given: the folder's data keys, never shown.
 * {@link #NONE} for a folder that is not protected. The window keeps it to reopen the folder after a
 * restore, so that the password is asked once per start.
 */
public final class FolderKey {
    public static final FolderKey NONE = new FolderKey(null);
    final Protection.Keys keys;

    FolderKey(Protection.Keys keys) {
        this.keys = keys;
    }

    static FolderKey of(Protection.Keys keys) {
        return keys == null ? NONE : new FolderKey(keys);
    }

    public boolean isProtected() {
        return keys != null;
    }

    @Override
    public String toString() {
        return isProtected() ? "FolderKey[protected]" : "FolderKey[none]";
    }
}
