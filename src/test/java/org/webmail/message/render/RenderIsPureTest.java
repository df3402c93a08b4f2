package org.webmail.message.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Sanitising must stay a pure function of its input: no files, sockets, databases or framework state. */
class RenderIsPureTest {

    @Test
    void theRenderPackageUsesOnlyTheSanitiserLibraryTheCoreJdkAndTheBeanAnnotation() {
        JavaClasses render = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.webmail.message.render");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java.lang", "java.lang.invoke", "java.util", "java.util.function", "java.util.regex",
                        "java.nio.charset", "jakarta.inject", "org.owasp.html", "org.webmail.message.render")
                .check(render);
    }
}
