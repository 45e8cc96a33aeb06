package de.kulturbuero.grants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** Module boundaries (Spring Modulith) and the house rules on layers (ArchUnit). */
class ArchitectureTest {

    /** Production classes only, wherever the build puts them (also with -Dbuild.dir). */
    private static final ImportOption PRODUCTION_CLASSES = location -> !location.contains("/test-classes/");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(PRODUCTION_CLASSES).importPackages("de.kulturbuero.grants");
    }

    @Test
    void modules_respect_their_declared_dependencies() {
        ApplicationModules.of(GrantPortalApplication.class, PRODUCTION_CLASSES).verify();
    }

    @Test
    void only_the_process_package_talks_to_flowable() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..review.process..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.flowable..")
                .check(classes);
    }

    @Test
    void views_never_touch_repositories_entities_or_the_engine() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..domain..", "..process..", "org.flowable..")
                .check(classes);
    }

    @Test
    void modules_have_no_cycles() {
        slices().matching("de.kulturbuero.grants.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /** Inside a module, its internal packages (domain, process, ui) never depend on each other in a circle. */
    @Test
    void the_internal_packages_of_a_module_have_no_cycles() {
        slices().matching("de.kulturbuero.grants.(*).(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /**
     * The engine adapter is called by the review's use cases, never the other way round: the
     * beans the BPMN calls live in the module's root and call into the adapter.
     */
    @Test
    void the_engine_adapter_does_not_depend_on_the_use_cases_that_call_it() {
        noClasses()
                .that()
                .resideInAPackage("de.kulturbuero.grants.review.process..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.kulturbuero.grants.review")
                .check(classes);
    }

    /** A use case with more collaborators than this does more than one job: split it. */
    @Test
    void no_bean_of_the_review_has_more_than_nine_collaborators() {
        classes()
                .that()
                .resideInAPackage("de.kulturbuero.grants.review..")
                .and()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Component.class)
                .should(new ArchCondition<JavaClass>("have at most nine constructor parameters") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getConstructors().stream()
                                .filter(c -> c.getRawParameterTypes().size() > 9)
                                .forEach(c -> events.add(SimpleConditionEvent.violated(
                                        type,
                                        type.getName() + " has "
                                                + c.getRawParameterTypes().size() + " collaborators")));
                    }
                })
                .check(classes);
    }
}
