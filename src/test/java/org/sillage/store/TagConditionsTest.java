package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.PostingFields;
import org.sillage.store.LabelRepository.Owner;
import org.sillage.store.PostingRepository.NewPosting;

/** The conditions a filtered list adds to its query to keep what carries a tag; the folded organisation key. */
class TagConditionsTest {
    @TempDir
    Path folder;

    private static long posting(Repositories r, String title) {
        return r.postings().insert(new NewPosting(title, title, "a.txt", "txt", null, Instant.parse("2026-01-02T10:00:00Z"),
                PostingFields.builder().title(title).organization("Oxybulle SARL").build(), 7));
    }

    @Test
    void a_query_over_postings_or_applications_keeps_those_with_the_tag_in_any_spelling() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                long a = posting(r, "Comptable");
                long b = posting(r, "Juriste");
                long c = posting(r, "Éducateur");
                r.labels().setTags(Owner.POSTING, a, List.of("Lille", "remote"));
                r.labels().setTags(Owner.POSTING, c, List.of("lille"));
                long appB = r.applications().insert(b, ApplicationStatus.SAVED, Instant.now());
                r.applications().insert(c, ApplicationStatus.SAVED, Instant.now());
                r.labels().setTags(Owner.APPLICATION, appB, List.of("Priorité"));

                assertThat(r.dsl().select(POSTING.ID).from(POSTING).where(LabelRepository.postingTagged("LILLE"))
                        .orderBy(POSTING.ID).fetch(POSTING.ID)).containsExactly(a, c);
                assertThat(r.dsl().select(POSTING.ID).from(POSTING).where(LabelRepository.postingTagged("remote"))
                        .fetch(POSTING.ID)).containsExactly(a);
                assertThat(r.dsl().select(APPLICATION.ID).from(APPLICATION).where(LabelRepository.applicationTagged("priorite"))
                        .fetch(APPLICATION.ID)).containsExactly(appB);
                assertThat(r.dsl().select(APPLICATION.ID).from(APPLICATION).where(LabelRepository.applicationTagged("Lille"))
                        .fetch(APPLICATION.ID)).isEmpty();
            });
        }
    }

    @Test
    void a_correction_of_the_organisation_moves_its_key_as_the_title_key_moves() {
        try (Store store = Store.open(folder)) {
            long id = store.transaction(r -> posting(r, "Comptable"));
            assertThat(key(store, id)).isEqualTo("oxybulle");
            store.run(r -> r.postings().updateCorrections(id, java.util.Map.of("organization", "Société Générale S.A.")));
            assertThat(key(store, id)).isEqualTo("societe generale");
        }
    }

    @Test
    void postings_stored_before_the_key_existed_get_it_at_the_next_start() {
        long[] ids = new long[3];
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                for (int i = 0; i < 3; i++) {
                    ids[i] = posting(r, "Poste " + i);
                }
                // as a folder migrated to V8 holds them: no key yet, and not marked as filled
                r.dsl().update(POSTING).setNull(POSTING.ORGANIZATION_KEY).execute();
                r.dsl().deleteFrom(org.sillage.store.jooq.Tables.SETTING)
                        .where(org.sillage.store.jooq.Tables.SETTING.SETTING_NAME.eq("store.organization_keys_filled")).execute();
            });
            assertThat(key(store, ids[0])).isNull();
        }
        try (Store store = Store.open(folder)) {
            for (long id : ids) {
                assertThat(key(store, id)).isEqualTo("oxybulle");
            }
        }
    }

    private static String key(Store store, long id) {
        return store.transaction(r -> r.dsl().select(POSTING.ORGANIZATION_KEY).from(POSTING).where(POSTING.ID.eq(id))
                .fetchOne(POSTING.ORGANIZATION_KEY));
    }
}
