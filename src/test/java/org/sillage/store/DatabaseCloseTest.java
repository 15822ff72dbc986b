package org.sillage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Closing a file that is mostly old versions compacts it, quietly: no error in the user's log. */
class DatabaseCloseTest {
    @Test
    void aFreshFolderIsCompactedOnCloseWithNothingLoggedAsAnError(@TempDir Path dir) throws Exception {
        Logger h2 = (Logger) LoggerFactory.getLogger("h2database");
        Level level = h2.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        h2.setLevel(Level.WARN);
        h2.addAppender(seen);
        try {
            Database db = Database.open(dir); // the migrations leave a file of several MB, mostly old versions
            Path file = dir.resolve("sillage.mv.db");
            long open = Files.size(file);
            db.close();
            long closed = Files.size(file);
            assertTrue(open > 2L * 1024 * 1024 && closed < open / 4, open + " bytes open, " + closed + " closed");
            Database.open(dir).close(); // and it opens again
            // a connection left open by the compaction is reported by H2 when the GC has found it and a
            // new connection is made: make both happen here
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
            Database.open(dir).close();
            List<String> logged = seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of(), logged);
        } finally {
            h2.detachAppender(seen);
            h2.setLevel(level);
        }
    }
}
