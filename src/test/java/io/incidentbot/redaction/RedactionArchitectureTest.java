package io.incidentbot.redaction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no Jackson, picocli, SLF4J or anything else outside java.*. */
class RedactionArchitectureTest {

  @Test
  void redactionDependsOnlyOnJava() {
    // ArchUnit logs every imported class at DEBUG through the test classpath's logback
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.tngtech"))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    JavaClasses engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.incidentbot.redaction");
    classes().that().resideInAPackage("io.incidentbot.redaction")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.incidentbot.redaction")
        .check(engine);
  }
}
