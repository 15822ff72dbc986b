package org.sillage.store;

import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.SETTING;

import java.util.concurrent.atomic.AtomicBoolean;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Once per process, while H2 opens its file: renders a few statements of the kinds the first reads use,
 * with no connection, on a thread of its own, so that jOOQ's classes are loaded and its rendering has run
 * once when the first real statements come. At a window's start the JavaFX thread waits then, so a core
 * is free (ADR 0012, addendum 4). Nothing is read or written; a failure here changes nothing.
 */
final class JooqWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private JooqWarmUp() {
    }

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("sillage.start.jooq-warm-up", "true")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> render(), "sillage-jooq-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Renders the statements; how many were rendered (0 when jOOQ failed, which is logged). */
    static int render() {
        try {
            var dsl = DSL.using(SQLDialect.H2, new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED).withExecuteLogging(false));
            dsl.select(CANDIDATE.ID).from(CANDIDATE).where(CANDIDATE.IS_DEFAULT.isTrue()).orderBy(CANDIDATE.ID).limit(1)
                    .getSQL();
            dsl.selectFrom(SETTING).where(SETTING.SETTING_NAME.eq("k")).getSQL();
            dsl.select(POSTING.ID, POSTING.TITLE).from(POSTING).where(POSTING.ID.lt(1L)).orderBy(POSTING.ID.desc())
                    .limit(10).getSQL();
            dsl.update(SETTING).set(SETTING.SETTING_VALUE, "v").where(SETTING.SETTING_NAME.eq("k")).getSQL();
            return 4;
        } catch (RuntimeException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(JooqWarmUp.class).debug("jOOQ warm-up", e);
            return 0;
        }
    }
}
