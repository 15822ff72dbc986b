package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.DataGenerator;

/**
 * The dashboard's postings by contract type and format read from the tally the posting trigger keeps (ADR 0082),
 * against the {@code GROUP BY} over every posting it replaces: after the generator's imports, after writes by plain
 * SQL that move, add and remove postings, after a fold, and as the migration first fills it.
 */
class PostingTallyTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() {
        DataGenerator.generate(folder, 300, 60, 11);
    }

    @Test
    void theTallyCountsAsTheScanAfterImports() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                var counts = r.stats().byContract();
                assertThat(counts).isEqualTo(r.stats().byContractByScan());
                // the generated folder has several contract types, or the comparison proves little
                assertThat(counts.size()).isGreaterThan(2);
            });
        }
    }

    @Test
    void writesByPlainSqlMoveTheTallyAndAFoldKeepsItsSums() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                var dsl = r.dsl();
                var before = r.stats().byContract();
                dsl.execute("update posting set contract_type = 'cdd' where id in (select id from posting order by id limit 40)");
                dsl.execute("update posting set contract_type = null where id in (select id from posting order by id desc limit 7)");
                dsl.execute("update posting set source_format = 'docx' where id in (select id from posting order by id limit 5 offset 50)");
                // a change of neither adds no row
                int rows = r.stats().tallyRows();
                dsl.execute("update posting set title = 'Retitled' where id in (select id from posting order by id limit 20)");
                assertThat(r.stats().tallyRows()).isEqualTo(rows);
                dsl.execute("delete from posting where id in (select id from posting order by id limit 3 offset 100)");
                var moved = r.stats().byContract();
                assertThat(moved).isNotEqualTo(before).isEqualTo(r.stats().byContractByScan());
                assertThat(r.stats().tallyRows()).isGreaterThan(rows - 1);
                r.stats().foldTally();
                assertThat(r.stats().byContract()).isEqualTo(moved);
                // one row per pair of contract type and format left
                assertThat(r.stats().tallyRows()).isEqualTo(dsl.fetchOne(
                        "select count(*) from (select distinct contract_type, source_format from posting)").get(0, Integer.class));
            });
        }
    }

    @Test
    void theMigrationsFirstFillingCountsAsTheScan() throws Exception {
        String migration;
        try (InputStream in = PostingTallyTest.class.getResourceAsStream("/db/migration/V21__add_posting_tally.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fill = migration.substring(migration.indexOf("insert into posting_tally"), migration.indexOf("create trigger"))
                .trim().replaceAll(";$", "");
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                r.dsl().execute("delete from posting_tally");
                assertThat(r.stats().byContract()).isEmpty();
                r.dsl().execute(fill);
                assertThat(r.stats().byContract()).isEqualTo(r.stats().byContractByScan()).isNotEmpty();
            });
        }
    }
}
