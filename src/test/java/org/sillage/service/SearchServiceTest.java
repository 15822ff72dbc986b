package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;

/** One search finds postings, applications and events, ranks them and marks the words (ADR 0020). */
class SearchServiceTest {
    @TempDir
    Path folder;
    AppServices services;
    long posting;
    long application;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
        posting = services.imports().importText("Éducatrice spécialisée\nAssociation Les Genêts, Tourcoing\n\n"
                + "Vous accompagnez des jeunes dans leur parcours. Candidature avant le 3 mai 2026.").postingId();
        services.imports().importText("Comptable\nCabinet Duval, Lille\n\nTenue de la comptabilité de PME.");
        application = services.applications().track(posting).applicationId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<SearchResult> search(String q) {
        services.postings().awaitSearchIndex();
        return services.search().search(q, 20);
    }

    @Test
    void a_word_is_found_with_or_without_its_accents_and_in_any_case() {
        assertThat(search("educatrice")).extracting(SearchResult::postingId).contains(posting);
        assertThat(search("ÉDUCATRICE")).extracting(SearchResult::postingId).contains(posting);
        assertThat(search("genets")).extracting(SearchResult::kind).containsExactly(SearchKind.POSTING);
    }

    @Test
    void the_matching_words_are_marked_in_the_title_and_the_snippet() {
        SearchResult r = search("educ parcours").get(0);
        assertThat(r.title().marked("[", "]")).isEqualTo("[Éducatrice] spécialisée");
        assertThat(r.snippet().marked("[", "]")).contains("[parcours]");
    }

    @Test
    void the_note_of_a_status_change_finds_the_application_and_opens_it() {
        services.applications().changeStatus(application, ApplicationStatus.APPLIED, "envoyé par courriel à Mme Lefèvre");
        List<SearchResult> found = search("lefevre");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(SearchKind.APPLICATION);
        assertThat(found.get(0).applicationId()).isEqualTo(application);
        assertThat(found.get(0).title().text()).isEqualTo("Éducatrice spécialisée");
        assertThat(found.get(0).snippet().marked("<", ">")).contains("<Lefèvre>");
    }

    @Test
    void a_status_is_found_by_its_name_in_each_language_and_with_the_posting_words() {
        services.applications().changeStatus(application, ApplicationStatus.INTERVIEW, null);
        assertThat(search("entretien")).extracting(SearchResult::kind).contains(SearchKind.APPLICATION);
        assertThat(search("gesprek")).extracting(SearchResult::applicationId).contains(application);
        // the posting's words alone find the posting only; with the status they find the application
        assertThat(search("educatrice")).extracting(SearchResult::kind).containsExactly(SearchKind.POSTING);
        assertThat(search("educatrice interview")).extracting(SearchResult::kind).contains(SearchKind.APPLICATION);
        // several of the posting's words, none of the application's own: still the posting only
        assertThat(search("educatrice specialisee")).extracting(SearchResult::kind).containsExactly(SearchKind.POSTING);
        assertThat(search("educ spec")).extracting(SearchResult::kind).containsExactly(SearchKind.POSTING);
    }

    @Test
    void an_event_is_found_by_its_place_and_note_and_leaves_the_index_when_deleted() {
        long event = services.agenda().addEvent(application, EventKind.INTERVIEW, java.time.LocalDate.of(2026, 3, 10),
                null, null, "Mairie de Roubaix", "apporter le diplôme").id();
        List<SearchResult> found = search("roubaix diplome");
        assertThat(found).extracting(SearchResult::kind).containsExactly(SearchKind.EVENT);
        assertThat(found.get(0).id()).isEqualTo(event);
        services.agenda().deleteEvent(event);
        assertThat(search("roubaix")).isEmpty();
    }

    @Test
    void untracking_removes_the_application_from_the_search() {
        services.applications().changeStatus(application, ApplicationStatus.APPLIED, "relance prévue");
        assertThat(search("relance")).isNotEmpty();
        services.applications().remove(application);
        assertThat(search("relance")).isEmpty();
    }

    @Test
    void a_query_without_words_finds_nothing() {
        assertThat(search("  ")).isEmpty();
        assertThat(search("--")).isEmpty();
    }

    @Test
    void an_index_of_postings_only_is_rebuilt_with_the_applications_at_the_next_start() throws Exception {
        services.applications().changeStatus(application, ApplicationStatus.APPLIED, "dossier complet");
        services.close();
        // what an index written before the kinds looks like: the layout it records is not the current one
        org.sillage.store.StoreTestAccess.forgetLayout(folder);
        services = AppServices.open(folder);
        assertThat(search("dossier")).extracting(SearchResult::applicationId).containsExactly(application);
    }

    @Test
    void notes_and_contacts_are_found_and_follow_their_edits() {
        long note = services.notes().add(application, java.time.LocalDate.of(2026, 3, 2), "Rappeler Mme Hérault jeudi").id();
        long contact = services.contacts().addTo(application,
                new org.sillage.domain.Contact(0, "Loïc Barbier", "Directeur", "loic@genets.example", "03 20 11 22 33", null)).id();

        assertThat(search("herault")).extracting(SearchResult::kind, SearchResult::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SearchKind.NOTE, note));
        SearchResult found = search("loic").get(0);
        assertThat(found.kind()).isEqualTo(SearchKind.CONTACT);
        assertThat(found.applicationId()).isEqualTo(application);
        assertThat(found.snippet().marked("[", "]")).startsWith("[Loïc] Barbier");

        services.contacts().update(new org.sillage.domain.Contact(contact, "Loïc Marchand", "Directeur", null, null, null));
        services.notes().delete(note);
        assertThat(search("herault")).isEmpty();
        assertThat(search("barbier")).isEmpty();
        assertThat(search("marchand")).extracting(SearchResult::id).containsExactly(contact);
    }

    @Test
    void another_persons_many_matches_never_crowd_out_this_persons_and_everyone_is_searched_on_demand() {
        long me = services.seekers().current().id();
        var other = services.seekers().add(new org.sillage.domain.Seeker.Details("Inès Roussel", "Inès", "Roussel",
                null, null, null, null, "fr", null, null));
        services.seekers().switchTo(other.id());
        for (int i = 0; i < 30; i++) {
            long p = services.imports().importText("Poste " + i + "\nStructure " + i + "\n\nTexte.").postingId();
            long a = services.applications().track(p).applicationId();
            services.applications().changeStatus(a, ApplicationStatus.APPLIED, "zorglub tourcoing " + i);
        }
        services.seekers().switchTo(me);
        services.applications().changeStatus(application, ApplicationStatus.APPLIED, "zorglub tourcoing mardi");

        List<SearchResult> mine = services.search().search("zorglub", 5);
        assertThat(mine).extracting(SearchResult::kind, SearchResult::id).containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.APPLICATION, application));
        assertThat(mine.get(0).seekerName()).isNull();

        services.postings().awaitSearchIndex();
        List<SearchResult> everyone = services.search().search("zorglub", 50, true);
        assertThat(everyone).hasSize(31);
        assertThat(everyone).extracting(SearchResult::seekerName).containsOnly("Inès Roussel", services.seekers().current().displayName());
        assertThat(everyone).filteredOn(r -> r.seekerId() == me).extracting(SearchResult::applicationId).containsExactly(application);
    }
}
