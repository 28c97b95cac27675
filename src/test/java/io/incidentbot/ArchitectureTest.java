package io.incidentbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, enforced: the Slack SDK stays at the edge, policies stay pure. */
class ArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.incidentbot");

    @Test
    void onlyTheSlackPackageUsesTheSlackSdk() {
        noClasses().that().resideOutsideOfPackage("io.incidentbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack.api..")
                .check(MAIN);
    }

    @Test
    void onlyMainUsesTheSlackPackage() {
        noClasses().that().resideOutsideOfPackage("io.incidentbot.slack..")
                .and().haveNameNotMatching("io\\.incidentbot\\.Main(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("io.incidentbot.slack..")
                .check(MAIN);
    }

    @Test
    void policiesAndValueTypesUseOnlyTheJdk() {
        classes().that().resideInAnyPackage("io.incidentbot.redaction..", "io.incidentbot.severity..",
                        "io.incidentbot.common..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.incidentbot.redaction..",
                        "io.incidentbot.severity..", "io.incidentbot.common..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void theDomainDoesNotServeHttp() {
        noClasses().that().resideOutsideOfPackages("io.incidentbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
                .check(MAIN);
    }
}
