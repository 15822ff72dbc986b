package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_TAG;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.POSTING_TAG;
import static org.sillage.store.jooq.Tables.TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.sillage.domain.Labels;
import org.sillage.domain.TagUse;

/**
 * The priority and tags of postings and of applications. A tag is one row of {@code tag}, shared by both
 * link tables; a tag no longer on anything is deleted. {@link #postingTagged} and
 * {@link #applicationTagged} are the conditions a filtered list adds to its query.
 */
public final class LabelRepository {
    private final DSLContext dsl;

    LabelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The two kinds of things that carry labels. */
    public enum Owner {
        POSTING, APPLICATION
    }

    /**
     * The condition "the posting carries the tag {@code tag}" (accents and case ignored), on {@code POSTING.ID};
     * for a query over {@code posting}. An exists over the (tag_id) index of the link table.
     */
    public static Condition postingTagged(String tag) {
        return DSL.exists(DSL.selectOne().from(POSTING_TAG).join(TAG).on(TAG.ID.eq(POSTING_TAG.TAG_ID))
                .where(POSTING_TAG.POSTING_ID.eq(POSTING.ID).and(TAG.NAME_KEY.eq(key(tag)))));
    }

    /** The condition "the application carries the tag {@code tag}", on {@code APPLICATION.ID}. */
    public static Condition applicationTagged(String tag) {
        return DSL.exists(DSL.selectOne().from(APPLICATION_TAG).join(TAG).on(TAG.ID.eq(APPLICATION_TAG.TAG_ID))
                .where(APPLICATION_TAG.APPLICATION_ID.eq(APPLICATION.ID).and(TAG.NAME_KEY.eq(key(tag)))));
    }

    private static String key(String tag) {
        String k = Labels.tagKey(tag);
        return k == null ? "" : k;
    }

    public Labels labels(Owner owner, long id) {
        Integer priority = dsl.select(priorityField(owner)).from(table(owner)).where(idField(owner).eq(id))
                .fetchOptional(priorityField(owner)).orElse(null);
        return new Labels(priority == null ? 0 : priority, tags(owner, List.of(id)).getOrDefault(id, List.of()));
    }

    /** Sets the priority, 1 to 3 (0: none); true if the posting or application exists. */
    public boolean setPriority(Owner owner, long id, int priority) {
        return dsl.update(table(owner)).set(priorityField(owner), priority == 0 ? null : priority)
                .where(idField(owner).eq(id)).execute() == 1;
    }

    /**
     * Replaces the tags of a posting or application with {@code tags} (tidied; the spelling of a tag that
     * already exists is kept); tags left on nothing are deleted.
     */
    public void setTags(Owner owner, long id, List<String> tags) {
        List<Long> before = tagIds(owner, id);
        List<Long> after = new ArrayList<>();
        for (String t : tags) {
            String name = Labels.tidyTag(t);
            if (name != null) {
                long tagId = tagId(name);
                if (!after.contains(tagId)) {
                    after.add(tagId);
                }
            }
        }
        var link = linkTable(owner);
        var ownerField = linkOwner(owner);
        var tagField = linkTag(owner);
        List<Long> removed = before.stream().filter(t -> !after.contains(t)).toList();
        if (!removed.isEmpty()) {
            dsl.deleteFrom(link).where(ownerField.eq(id).and(tagField.in(removed))).execute();
        }
        for (long t : after) {
            if (!before.contains(t)) {
                dsl.insertInto(link).set(ownerField, id).set(tagField, t).execute();
            }
        }
        deleteUnused(removed);
    }

    /** The tags of each of the given postings or applications (a page of a list or an export), by name. */
    public Map<Long, List<String>> tags(Owner owner, Collection<Long> ids) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        var ownerField = linkOwner(owner);
        for (List<Long> part : Parts.of(ids)) {
            dsl.select(ownerField, TAG.NAME).from(linkTable(owner)).join(TAG).on(TAG.ID.eq(linkTag(owner)))
                    .where(ownerField.in(part)).orderBy(TAG.NAME_KEY)
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return out;
    }

    /** The priority of each of the given postings or applications that has one. */
    public Map<Long, Integer> priorities(Owner owner, Collection<Long> ids) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (List<Long> part : Parts.of(ids)) {
            dsl.select(idField(owner), priorityField(owner)).from(table(owner))
                    .where(idField(owner).in(part).and(priorityField(owner).isNotNull()))
                    .forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** Every tag in use, by name, with its counts (for a filter's choices and the editor's suggestions). */
    public List<TagUse> allTags() {
        var p = DSL.selectCount().from(POSTING_TAG).where(POSTING_TAG.TAG_ID.eq(TAG.ID)).<Integer>asField("p");
        var a = DSL.selectCount().from(APPLICATION_TAG).where(APPLICATION_TAG.TAG_ID.eq(TAG.ID)).<Integer>asField("a");
        return dsl.select(TAG.NAME, p, a).from(TAG).orderBy(TAG.NAME_KEY)
                .fetch(r -> new TagUse(r.value1(), r.value2(), r.value3()));
    }

    /** Tags that start with {@code typed} (accents and case ignored), by name, at most {@code limit}. */
    public List<String> suggest(String typed, int limit) {
        String k = Labels.tagKey(typed);
        var c = k == null ? DSL.noCondition() : TAG.NAME_KEY.startsWith(k);
        return dsl.select(TAG.NAME).from(TAG).where(c).orderBy(TAG.NAME_KEY).limit(limit).fetch(TAG.NAME);
    }

    /** Before postings or applications are deleted: the tags they carry, to delete those then unused. */
    List<Long> tagIdsOf(Owner owner, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : dsl.selectDistinct(linkTag(owner)).from(linkTable(owner))
                .where(linkOwner(owner).in(ids)).fetch(linkTag(owner));
    }

    /** Of the given tags, deletes those on nothing. */
    void deleteUnused(Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TAG).where(TAG.ID.in(tagIds)
                .and(DSL.notExists(DSL.selectOne().from(POSTING_TAG).where(POSTING_TAG.TAG_ID.eq(TAG.ID))))
                .and(DSL.notExists(DSL.selectOne().from(APPLICATION_TAG).where(APPLICATION_TAG.TAG_ID.eq(TAG.ID)))))
                .execute();
    }

    private List<Long> tagIds(Owner owner, long id) {
        return dsl.select(linkTag(owner)).from(linkTable(owner)).where(linkOwner(owner).eq(id)).fetch(linkTag(owner));
    }

    private long tagId(String name) {
        String k = Labels.tagKey(name);
        return dsl.select(TAG.ID).from(TAG).where(TAG.NAME_KEY.eq(k)).fetchOptional(TAG.ID).orElseGet(() ->
                dsl.insertInto(TAG).set(TAG.NAME, name).set(TAG.NAME_KEY, k).returning(TAG.ID).fetchOne(TAG.ID));
    }

    private static Table<?> table(Owner o) {
        return o == Owner.POSTING ? POSTING : APPLICATION;
    }

    private static Field<Long> idField(Owner o) {
        return o == Owner.POSTING ? POSTING.ID : APPLICATION.ID;
    }

    private static Field<Integer> priorityField(Owner o) {
        return o == Owner.POSTING ? POSTING.PRIORITY : APPLICATION.PRIORITY;
    }

    private static Table<?> linkTable(Owner o) {
        return o == Owner.POSTING ? POSTING_TAG : APPLICATION_TAG;
    }

    private static TableField<?, Long> linkOwner(Owner o) {
        return o == Owner.POSTING ? POSTING_TAG.POSTING_ID : APPLICATION_TAG.APPLICATION_ID;
    }

    private static TableField<?, Long> linkTag(Owner o) {
        return o == Owner.POSTING ? POSTING_TAG.TAG_ID : APPLICATION_TAG.TAG_ID;
    }
}
