package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.UserException;

class MigrationTest {
    @TempDir
    Path folder;

    private Flyway flyway(String... locations) {
        return Flyway.configure().dataSource("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME), "sa", "")
                .locations(locations).load();
    }

    @Test
    void an_empty_database_migrates_to_the_latest_version_with_the_default_candidate() {
        try (Store store = Store.open(folder)) {
            int count = store.transaction(r -> r.postings().count());
            assertThat(count).isZero();
        }
        var info = flyway("classpath:db/migration").info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.current().getVersion()).isEqualTo(info.all()[info.all().length - 1].getVersion());
        assertThat(info.applied()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_schema_version_constant_names_the_last_migration_shipped() throws Exception {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
    }

    @Test
    void a_newer_version_is_refused_even_on_the_fast_path() throws Exception {
        Store.open(folder).close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME), "sa", "");
             var s = c.createStatement()) {
            s.execute("update \"flyway_schema_history\" set \"version\" = '1000' where \"version\" = '2'");
        }
        assertThatThrownBy(() -> Store.open(folder))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.database.newer"));
    }

    @Test
    void migrating_again_is_a_no_op_and_makes_no_backup() {
        Store.open(folder).close();
        Store.open(folder).close();
        assertThat(flyway("classpath:db/migration").migrate().migrationsExecuted).isZero();
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void an_existing_database_is_backed_up_before_a_migration() throws Exception {
        Store.open(folder).close();
        Store.open(folder, "classpath:db/migration", "classpath:db/futuremigration").close();
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().matches("sillage-v\\d+-\\d{8}-\\d{6}\\.zip");
        }
        // personal data: the backup and its folder are the owner's only, as every other backup
        if (Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(backups.findFirst().orElseThrow()))).isEqualTo("rw-------");
            }
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("backups")))).isEqualTo("rwx------");
        }
        assertThat(flyway("classpath:db/migration", "classpath:db/futuremigration").info().current()
                .getVersion().getVersion()).isEqualTo("99");
    }

    @Test
    void the_window_is_told_of_an_upgrade_and_only_then() throws Exception {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        Database.onUpgrade(told::incrementAndGet);
        try {
            Store.open(folder).close();
            Store.open(folder).close();
            assertThat(told.get()).as("a new folder and a current one are not upgrades").isZero();
            Store.open(folder, "classpath:db/migration", "classpath:db/futuremigration").close();
            assertThat(told.get()).isEqualTo(1);
        } finally {
            Database.onUpgrade(null);
        }
    }

    @Test
    void a_database_from_a_newer_version_is_refused_and_left_untouched() throws Exception {
        Store.open(folder, "classpath:db/migration", "classpath:db/futuremigration").close();
        int before = historyRows();
        assertThatThrownBy(() -> Store.open(folder))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.database.newer"));
        assertThat(historyRows()).isEqualTo(before);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    private int historyRows() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME), "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void a_damaged_database_file_gets_a_message_not_a_stack_trace() throws Exception {
        Files.write(folder.resolve(Database.FILE_NAME + ".mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> Store.open(folder)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).asString().startsWith("error.database.");
    }
}
