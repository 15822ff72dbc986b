package org.sillage.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;

/** Every word in every language: no key missing in a bundle, none used but absent, none left unused. */
class BundlesTest {
    private static final Path DIR = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9_]+)+)\"");
    /** Literals such as "posting.txt" are file names, not message keys. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(txt|md|json|pdf|docx?|html?|eml|odt|rtf|csv|ics|zip|xml|properties)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                all.put(f.getFileName().toString(), load(f.getFileName().toString()));
            }
        }
        return all;
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_language_has_every_key() throws IOException {
        Set<String> base = keys(load("messages.properties"));
        assertThat(bundles()).containsKeys("messages.properties", "messages_fr.properties", "messages_nl.properties");
        bundles().forEach((file, p) -> assertThat(keys(p)).as(file).isEqualTo(base));
    }

    @Test
    void every_message_is_a_valid_pattern_with_the_same_arguments_in_every_language() throws IOException {
        Properties base = load("messages.properties");
        bundles().forEach((file, p) -> p.stringPropertyNames().forEach(key -> {
            String value = p.getProperty(key);
            assertThat(value).as(file + " " + key).isNotBlank().doesNotContain("'");
            new MessageFormat(value, Locale.ROOT);
            assertThat(arguments(value)).as(file + " " + key).isEqualTo(arguments(base.getProperty(key, "")));
        }));
    }

    private static Set<String> arguments(String pattern) {
        Matcher m = ARGUMENT.matcher(pattern);
        Set<String> args = new TreeSet<>();
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** Keys built at run time from enums rather than written as literals. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::messageKey).forEach(keys::add);
        Arrays.stream(Field.values()).map(Field::messageKey).forEach(keys::add);
        Arrays.stream(Field.Kind.values()).map(k -> "field.hint." + k.name().toLowerCase(Locale.ROOT)).forEach(keys::add);
        DocumentRequirement.KNOWN_KINDS.forEach(k -> keys.add("document." + k));
        DocumentRequirement.NAMED_OTHERS.forEach(k -> keys.add("document.other." + k));
        Arrays.stream(org.sillage.service.ReminderService.Reminder.Kind.values())
                .map(k -> "reminder." + k.name().toLowerCase(Locale.ROOT)).forEach(keys::add);
        Arrays.stream(org.sillage.domain.Agenda.Bucket.values())
                .map(b -> "agenda.bucket." + b.name().toLowerCase(Locale.ROOT)).forEach(keys::add);
        Arrays.stream(org.sillage.domain.EventKind.values()).map(org.sillage.domain.EventKind::messageKey).forEach(keys::add);
        Arrays.stream(org.sillage.domain.DocumentState.values()).map(org.sillage.domain.DocumentState::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.sillage.domain.ContractType.values()).map(org.sillage.domain.ContractType::messageKey)
                .forEach(keys::add);
        // the dashboard names the formats a posting is stored from, and pasted text
        Arrays.stream(org.sillage.importing.read.Format.values()).filter(f -> f != org.sillage.importing.read.Format.UNSUPPORTED)
                .map(f -> "dashboard.source." + f.code()).forEach(keys::add);
        keys.add("dashboard.source.paste");
        Arrays.stream(org.sillage.domain.Dashboard.Stage.values()).map(org.sillage.domain.Dashboard.Stage::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.sillage.domain.ApplicationColumn.values()).map(org.sillage.domain.ApplicationColumn::messageKey)
                .forEach(keys::add);
        Arrays.stream(org.sillage.domain.ApplicationColumn.values()).map(org.sillage.domain.ApplicationColumn::shortMessageKey)
                .forEach(keys::add);
        Arrays.stream(org.sillage.domain.PostingFilter.Order.values())
                .map(o -> "postings.sort." + o.name().toLowerCase(Locale.ROOT)).forEach(keys::add);
        Arrays.stream(org.sillage.domain.SearchKind.values()).map(org.sillage.domain.SearchKind::messageKey).forEach(keys::add);
        Arrays.stream(org.sillage.domain.SheetField.values()).map(org.sillage.domain.SheetField::messageKey).forEach(keys::add);
        Arrays.stream(org.sillage.domain.BoardCard.Badge.values()).map(org.sillage.domain.BoardCard.Badge::messageKey)
                .forEach(keys::add);
        Arrays.stream(ApplicationStatus.values()).forEach(s -> org.sillage.domain.NextActions
                .after(s, java.time.LocalDate.of(2026, 1, 1), null, 10).ifPresent(p -> keys.add(p.messageKey())));
        return keys;
    }

    private static Set<String> literalsInSources() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // extraction rules name themselves with dotted literals ("email.address"); they use no message
            for (Path f : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/importing/extract/")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void every_key_the_code_uses_exists() throws IOException {
        Set<String> defined = keys(load("messages.properties"));
        Set<String> prefixes = defined.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = literalsInSources().stream()
                .filter(k -> prefixes.contains(k.substring(0, k.indexOf('.'))))
                .filter(k -> !defined.contains(k))
                .filter(k -> !FILE_NAME.matcher(k).matches())
                .filter(k -> defined.stream().noneMatch(d -> d.startsWith(k + ".")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
        assertThat(defined).containsAll(dynamicKeys());
    }

    /** The window shows every message but the command line's own: none of them may send a person to a terminal. */
    @Test
    void no_message_the_window_can_show_names_a_command() throws IOException {
        Pattern command = Pattern.compile("\\bsillage (import|list|track|status|history|docs|event|delete|untrack|correct|export|extract|agenda|reextract)\\b");
        bundles().forEach((file, p) -> p.stringPropertyNames().stream().filter(k -> !k.startsWith("cli."))
                .forEach(k -> assertThat(command.matcher(p.getProperty(k)).find()).as(file + " " + k).isFalse()));
    }

    @Test
    void document_kinds_are_named_in_each_language() {
        assertThat(Messages.forLocale(Locale.FRENCH).documentKind("cover_letter")).isEqualTo("Lettre de motivation");
        assertThat(Messages.forLocale(Locale.ENGLISH).documentKind("cover_letter")).isEqualTo("Cover letter");
        assertThat(Messages.forLocale(Locale.ENGLISH).documentKind("other: Casier judiciaire")).isEqualTo("Casier judiciaire");
        assertThat(Messages.forLocale(Locale.ENGLISH).documentKind("unheard_of")).isEqualTo("unheard_of");
        assertThat(Messages.forLocale(Locale.FRENCH).documentKind("other:github_profile")).isEqualTo("Profil GitHub");
        assertThat(Messages.forLocale(Locale.FRENCH).documentKind("other:application_form")).isEqualTo("Formulaire de candidature");
        assertThat(Messages.forLocale(Locale.ENGLISH).documentKind("other:projet de recherche")).isEqualTo("projet de recherche");
    }

    @Test
    void no_key_is_left_unused() throws IOException {
        Set<String> used = literalsInSources();
        used.addAll(dynamicKeys());
        Set<String> unused = keys(load("messages.properties"));
        unused.removeAll(used);
        assertThat(unused).as("keys no code uses").isEmpty();
    }
}
