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
}
