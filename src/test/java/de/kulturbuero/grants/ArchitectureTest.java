package de.kulturbuero.grants;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Module boundaries (Spring Modulith) and the house rules on layers (ArchUnit). */
class ArchitectureTest {

    /** Production classes only, wherever the build puts them (also with -Dbuild.dir). */
    private static final ImportOption PRODUCTION_CLASSES = location -> !location.contains("/test-classes/");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(PRODUCTION_CLASSES)
                .importPackages("de.kulturbuero.grants");
    }

    @Test
    void modules_respect_their_declared_dependencies() {
        ApplicationModules.of(GrantPortalApplication.class, PRODUCTION_CLASSES).verify();
    }

    @Test
    void only_the_process_package_talks_to_flowable() {
        noClasses().that().resideOutsideOfPackage("..review.process..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(classes);
    }

    @Test
    void views_never_touch_repositories_entities_or_the_engine() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..process..", "org.flowable..")
                .check(classes);
    }

    @Test
    void modules_have_no_cycles() {
        slices().matching("de.kulturbuero.grants.(*)..").should().beFreeOfCycles().check(classes);
    }
}
