package org.sillage.store;

import static org.sillage.store.jooq.Tables.REMINDER_STATE;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/** Which reminders the user snoozed (until when) or dismissed. */
public final class ReminderRepository {
    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A reminder's state: snoozed until an instant, or dismissed. */
    public record State(Instant snoozedUntil, Instant dismissedAt) {
    }

    public Map<String, State> all() {
        Map<String, State> map = new HashMap<>();
        dsl.selectFrom(REMINDER_STATE).forEach(r -> map.put(r.getReminderKey(), new State(
                r.getSnoozedUntil() == null ? null : r.getSnoozedUntil().toInstant(),
                r.getDismissedAt() == null ? null : r.getDismissedAt().toInstant())));
        return map;
    }

    /** The reminders hidden at {@code now}: dismissed, or snoozed until later. */
    public Map<String, State> active(Instant now) {
        Map<String, State> map = new HashMap<>();
        all().forEach((key, state) -> {
            if (state.dismissedAt() != null || (state.snoozedUntil() != null && state.snoozedUntil().isAfter(now))) {
                map.put(key, state);
            }
        });
        return map;
    }

    public void snooze(String key, Instant until) {
        dsl.mergeInto(REMINDER_STATE).using(dsl.selectOne()).on(REMINDER_STATE.REMINDER_KEY.eq(key))
                .whenMatchedThenUpdate().set(REMINDER_STATE.SNOOZED_UNTIL, PostingRepository.toOffset(until))
                .whenNotMatchedThenInsert(REMINDER_STATE.REMINDER_KEY, REMINDER_STATE.SNOOZED_UNTIL)
                .values(key, PostingRepository.toOffset(until)).execute();
    }

    public void dismiss(String key, Instant at) {
        dsl.mergeInto(REMINDER_STATE).using(dsl.selectOne()).on(REMINDER_STATE.REMINDER_KEY.eq(key))
                .whenMatchedThenUpdate().set(REMINDER_STATE.DISMISSED_AT, PostingRepository.toOffset(at))
                .whenNotMatchedThenInsert(REMINDER_STATE.REMINDER_KEY, REMINDER_STATE.DISMISSED_AT)
                .values(key, PostingRepository.toOffset(at)).execute();
    }
}
