package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seeker add|list|show|end|resume}, {@code propose}, and {@code --seeker} on the other commands (ADR 0023). */
class SeekerCommandTest {
    @TempDir
    Path data;

    static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private long posting() throws Exception {
        assertThat(run("import", "seeds").code()).isZero();
        return Json.MAPPER.readTree(run("list", "--json").out()).get(0).get("id").asLong();
    }

    @Test
    void seekers_are_added_listed_and_shown_in_text_and_json() throws Exception {
        CliRun add = run("seeker", "add", "Amina Koné", "--email", "amina@example.org", "--language", "fr",
                "--consent-on", "2026-11-02", "--consent-scope", "CV et suivi");
        assertThat(add.code()).isZero();
        String amina = add.out().strip();
        assertThat(add.err()).contains("Job seeker " + amina + " added: Amina Koné");
        assertThat(run("seeker", "add", "Brahim").code()).isZero();

        JsonNode list = Json.MAPPER.readTree(run("seeker", "list", "--json").out());
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.findValuesAsText("name")).contains("Amina Koné", "Brahim", "me");
        assertThat(run("seeker", "list").out()).contains("Amina Koné").contains("Brahim");

        JsonNode shown = Json.MAPPER.readTree(run("seeker", "show", "amina", "--json").out());
        assertThat(shown.get("id").asText()).isEqualTo(amina);
        assertThat(shown.get("email").asText()).isEqualTo("amina@example.org");
        assertThat(shown.get("consent_on").asText()).isEqualTo("2026-11-02");
        assertThat(shown.get("consent_scope").asText()).isEqualTo("CV et suivi");
        assertThat(shown.get("report_language").asText()).isEqualTo("fr");
        assertThat(run("seeker", "show", amina).out()).contains("CV et suivi").contains("amina@example.org");

        assertThat(run("seeker", "end", "Brahim").code()).isZero();
        JsonNode brahim = Json.MAPPER.readTree(run("seeker", "show", "Brahim", "--json").out());
        assertThat(brahim.get("ended_at").isNull()).isFalse();
        assertThat(run("seeker", "resume", "Brahim").code()).isZero();
        assertThat(Json.MAPPER.readTree(run("seeker", "show", "Brahim", "--json").out()).get("ended_at").isNull()).isTrue();
    }

    @Test
    void a_posting_proposed_to_two_people_is_tracked_by_each_and_every_command_takes_seeker() throws Exception {
        long posting = posting();
        String amina = run("seeker", "add", "Amina").out().strip();
        String brahim = run("seeker", "add", "Brahim").out().strip();
        CliRun propose = run("propose", Long.toString(posting), "Amina", brahim);
        assertThat(propose.code()).as(propose.err()).isZero();
        assertThat(propose.out()).contains(amina + " Amina: application").contains(brahim + " Brahim: application");
        assertThat(run("propose", Long.toString(posting), "Amina").out()).contains("already follows it");

        // the folder's own person tracks nothing; Amina and Brahim each have their own application
        assertThat(Json.MAPPER.readTree(run("list", "--json").out()).get(0).get("application_id").isNull()).isTrue();
        long aminaApp = Json.MAPPER.readTree(run("--seeker", amina, "list", "--json").out()).get(0).get("application_id").asLong();
        long brahimApp = Json.MAPPER.readTree(run("list", "--json", "--seeker", "brahim").out()).get(0).get("application_id").asLong();
        assertThat(aminaApp).isNotEqualTo(brahimApp);

        assertThat(run("status", Long.toString(aminaApp), "applied", "--seeker", "Amina").code()).isZero();
        assertThat(Json.MAPPER.readTree(run("list", "--json", "--seeker", "Amina").out()).get(0).get("status").asText())
                .isEqualTo("applied");
        assertThat(Json.MAPPER.readTree(run("list", "--json", "--seeker", "Brahim").out()).get(0).get("status").asText())
                .isEqualTo("saved");
        // Amina's application is not Brahim's to change
        CliRun other = run("status", Long.toString(aminaApp), "interview", "--seeker", "Brahim");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("application");
        assertThat(run("track", Long.toString(posting), "--seeker", "Brahim").out().strip()).isEqualTo(Long.toString(brahimApp));
        assertThat(run("agenda", "--json", "--seeker", "Amina").code()).isZero();
    }

    @Test
    void an_unknown_seeker_is_a_user_error_with_a_message() throws Exception {
        CliRun unknown = run("list", "--seeker", "Zoé");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no job seeker “Zoé”").doesNotContain("Exception");
        assertThat(run("--seeker", "42", "agenda").code()).isEqualTo(1);
        assertThat(run("seeker", "show", "nobody").err()).contains("seeker list");
        CliRun noName = run("seeker", "add", " ");
        assertThat(noName.code()).isEqualTo(1);
        assertThat(noName.err()).contains("needs a name");
    }
}
