package org.sillage;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rule of DEVELOPERS.md: ui → service → {importing, store, export} → domain; cli → service. */
@AnalyzeClasses(packages = "org.sillage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy("org.sillage.ui..")
            .layer("cli").definedBy("org.sillage.cli..")
            .layer("service").definedBy("org.sillage.service..")
            .layer("importing").definedBy("org.sillage.importing..")
            .layer("store").definedBy("org.sillage.store..")
            .layer("export").definedBy("org.sillage.export..")
            .layer("domain").definedBy("org.sillage.domain..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("importing").mayOnlyBeAccessedByLayers("service")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service")
            .whereLayer("export").mayOnlyBeAccessedByLayers("service")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "cli", "service", "importing", "store", "export")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("org.sillage.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..", "picocli..");

    @ArchTest
    static final ArchRule ui_never_touches_the_database = noClasses().that().resideInAPackage("org.sillage.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..", "org.sillage.store..");

    @ArchTest
    static final ArchRule only_the_store_uses_jooq = noClasses().that().resideOutsideOfPackage("org.sillage.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    @ArchTest
    static final ArchRule cli_and_services_stay_off_javafx = noClasses().that()
            .resideInAnyPackage("org.sillage.cli..", "org.sillage.service..", "org.sillage.store..",
                    "org.sillage.importing..", "org.sillage.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
