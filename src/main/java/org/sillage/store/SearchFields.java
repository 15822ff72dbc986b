package org.sillage.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.sillage.domain.SearchKind;

/** The fields of a document of the search index (ADR 0020), and a row's document made of them. */
final class SearchFields {
    private SearchFields() {
    }

    static final String ID = "id";
    /** One document's key, "posting:12", "application:3", "event:7": the kind and the row's id. */
    static final String KEY = "key";
    /** The group a document is replaced with (today the posting it belongs to: "posting:12"). */
    static final String GROUP = "group";
    static final String KIND = "kind";
    /** The job seeker an application, event, note or contact belongs to (none on a posting, which all share). */
    static final String SEEKER = "seeker";
    /** The application a contact document is on (a contact sitting on two applications is two documents). */
    static final String APPLICATION = "application";
    static final String TITLE = "title";
    static final String ALL = "all";
    /** The heading of the posting an application or event belongs to: found with it, never alone. */
    static final String CONTEXT = "context";

    /** A document's key: the kind and id ("event:7"), and for a contact the application it sits on ("contact:4@12"). */
    static String key(SearchKind kind, long id, Long applicationId) {
        return kind == SearchKind.CONTACT ? kind.key(id) + "@" + applicationId : kind.key(id);
    }

    /** A row's document: its key, group, kind, id and job seeker, its heading ranked above the rest, its context. */
    static Document document(SearchIndex.Doc doc) {
        Document d = new Document();
        d.add(new StringField(KEY, doc.key(), Store.NO));
        d.add(new StringField(GROUP, doc.group(), Store.NO));
        d.add(new StringField(KIND, doc.kind().name(), Store.YES));
        d.add(new StoredField(ID, doc.id()));
        if (doc.seeker() != null) {
            d.add(new StringField(SEEKER, doc.seeker().toString(), Store.NO));
        }
        if (doc.kind() == SearchKind.CONTACT) {
            d.add(new StoredField(APPLICATION, doc.applicationId()));
        }
        d.add(new TextField(TITLE, nz(doc.heading()), Store.NO));
        d.add(new TextField(ALL, nz(doc.heading()) + "\n" + nz(doc.labels()) + "\n" + nz(doc.body()), Store.NO));
        if (!nz(doc.context()).isEmpty()) {
            d.add(new TextField(CONTEXT, doc.context(), Store.NO));
        }
        return d;
    }

    /** The text, or an empty one for none. */
    static String nz(String s) {
        return s == null ? "" : s;
    }
}
