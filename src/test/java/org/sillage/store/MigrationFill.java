package org.sillage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The statement a migration fills a new column with ("update application a set …", up to its trigger). */
final class MigrationFill {
    private MigrationFill() {
    }

    static String of(String migration) throws IOException {
        String text;
        try (InputStream in = MigrationFill.class.getResourceAsStream("/db/migration/" + migration)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return text.substring(text.indexOf("update application a set"), text.indexOf("create trigger"))
                .trim().replaceAll(";$", "");
    }
}
