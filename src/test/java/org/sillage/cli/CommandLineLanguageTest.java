package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillage.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line's help and usage messages in French and Dutch: no text left in English, no key that nothing reads. */
class CommandLineLanguageTest {

    private static CommandLine commandLine(Locale language, StringWriter out, StringWriter err) {
        return SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), language);
    }

    /** Every command's description, and each of its options' and parameters', as the help shows them. */
    private static List<String> texts(CommandLine c) {
        List<String> all = new ArrayList<>();
        CommandSpec spec = c.getCommandSpec();
        all.add(spec.qualifiedName() + ": " + String.join(" ", spec.usageMessage().description()));
        for (ArgSpec arg : spec.args()) {
            all.add(spec.qualifiedName() + " " + name(arg) + ": " + String.join(" ", arg.description()));
        }
        for (CommandLine sub : c.getSubcommands().values()) {
            all.addAll(texts(sub));
        }
        return all;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void every_description_of_the_help_has_its_text_in_each_language(String language) {
        List<String> english = texts(commandLine(Locale.ENGLISH, new StringWriter(), new StringWriter()));
        List<String> french = texts(commandLine(Locale.forLanguageTag(language), new StringWriter(), new StringWriter()));
        assertThat(french).hasSameSizeAs(english);
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            boolean empty = english.get(i).endsWith(": ");
            if (!empty && english.get(i).equals(french.get(i))) {
                untranslated.add(english.get(i));
            }
        }
        assertThat(untranslated).as("help texts with no translation in help_" + language + ".properties").isEmpty();
        assertThat(english).anyMatch(t -> t.startsWith("sillage agenda: Show overdue items"));
        assertThat(french).noneMatch(t -> t.startsWith("sillage agenda: Show overdue items"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void every_key_of_the_help_is_read_by_some_command(String language) {
        Set<String> read = new HashSet<>(Set.of("usage.synopsisHeading", "usage.commandListHeading",
                "usage.synopsisSubcommandLabel"));
        collectKeys(commandLine(Locale.ENGLISH, new StringWriter(), new StringWriter()), read);
        ResourceBundle help = Messages.forLocale(Locale.forLanguageTag(language)).commandLineHelp();
        assertThat(help.keySet()).isNotEmpty();
        assertThat(new HashSet<>(help.keySet())).as("keys of help_" + language + ".properties that no command reads")
                .isSubsetOf(read);
    }

    private static void collectKeys(CommandLine c, Set<String> keys) {
        CommandSpec spec = c.getCommandSpec();
        String q = spec.qualifiedName(".");
        keys.add(q + ".usage.description");
        for (OptionSpec o : spec.options()) {
            String k = o.longestName().replaceFirst("^-+", "");
            keys.add(q + "." + k);
            keys.add(k);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String k = p.paramLabel() + "[" + p.index() + "]";
            keys.add(q + "." + k);
            keys.add(k);
        }
        for (CommandLine sub : c.getSubcommands().values()) {
            collectKeys(sub, keys);
        }
    }

    @Test
    void the_help_reads_in_french() {
        StringWriter out = new StringWriter();
        commandLine(Locale.FRENCH, out, new StringWriter()).execute("agenda", "--help");
        assertThat(out.toString()).contains("Utilisation :").contains("Combien de jours à venir")
                .doesNotContain("Usage:").doesNotContain("How many days");
        StringWriter english = new StringWriter();
        commandLine(Locale.ENGLISH, english, new StringWriter()).execute("agenda", "--help");
        assertThat(english.toString()).contains("Usage:").contains("How many days ahead");
    }

    @Test
    void a_command_written_wrong_is_explained_in_french() {
        StringWriter err = new StringWriter();
        assertThat(commandLine(Locale.FRENCH, new StringWriter(), err).execute("track")).isEqualTo(2);
        assertThat(err.toString()).contains("Il manque : POSTING_ID").contains("sillage track --help")
                .doesNotContain("Missing");

        err = new StringWriter();
        assertThat(commandLine(Locale.FRENCH, new StringWriter(), err).execute("list", "--frob")).isEqualTo(2);
        assertThat(err.toString()).contains("Option inconnue : --frob").doesNotContain("Unknown");

        err = new StringWriter();
        assertThat(commandLine(Locale.FRENCH, new StringWriter(), err).execute("agenda", "--days", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("« x » n’est pas une valeur valable pour --days").doesNotContain("Invalid");

        err = new StringWriter();
        assertThat(commandLine(Locale.FRENCH, new StringWriter(), err).execute("statut")).isEqualTo(2);
        assertThat(err.toString()).contains("Inattendu ici : statut").contains("Vouliez-vous dire : sillage status")
                .doesNotContain("Did you mean");

        err = new StringWriter();
        commandLine(Locale.ENGLISH, new StringWriter(), err).execute("track");
        assertThat(err.toString()).contains("Missing: POSTING_ID");
    }
}
