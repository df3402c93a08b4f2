package org.webmail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Who may call whom (see the architecture notes): the mail layer stays behind MailStore. */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.webmail");

    @Test
    void onlyTheImapPackageTouchesJakartaMailStoresAndFolders() {
        noClasses().that().resideOutsideOfPackage("org.webmail.imap..")
                .and().resideOutsideOfPackage("org.webmail.demo..")
                .and().resideOutsideOfPackage("org.webmail.compose.smtp..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Store")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Folder")
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.angus.mail.imap..")
                .because("a live Message dies with its Folder; services get plain records from MailStore")
                .check(MAIN);
    }

    /** SMTP submission parses the stored bytes into a MimeMessage for Transport: no Folder, nothing that dies with it. */
    @Test
    void submissionNeverTouchesStoresOrFolders() {
        noClasses().that().resideInAPackage("org.webmail.compose.smtp..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Store")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Folder")
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.angus.mail.imap..")
                .check(MAIN);
    }

    @Test
    void messagesAreBuiltOnlyWhereMailIsComposedOrSent() {
        // Composing builds MimeMessages and submission uses Transport; reading never holds a jakarta.mail.Message.
        noClasses().that().resideOutsideOfPackage("org.webmail.imap..")
                .and().resideOutsideOfPackage("org.webmail.demo..")
                .and().resideOutsideOfPackage("org.webmail.compose..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Message")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.internet.MimeMessage")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Transport")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Session")
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.angus.mail..")
                .because("address parsing (InternetAddress) is fine anywhere; whole messages are built and sent only in compose")
                .check(MAIN);
    }

    @Test
    void onlyTheImapPackageUsesTheSessionPool() {
        noClasses().that().resideOutsideOfPackage("org.webmail.imap..")
                .should().dependOnClassesThat().haveSimpleNameContaining("Pool")
                .andShould().dependOnClassesThat().resideInAPackage("org.webmail.imap.pool..")
                .check(MAIN);
    }

    @Test
    void theImapPackageKnowsNothingOfTheWebAuthOrEntities() {
        noClasses().that().resideInAPackage("org.webmail.imap..")
                .should().dependOnClassesThat().resideInAnyPackage("org.webmail.web..", "org.webmail.auth..",
                        "org.webmail.account..", "io.quarkus.qute..", "jakarta.persistence..", "jakarta.ws.rs..")
                .check(MAIN);
    }

    @Test
    void renderingIsPureWithNoIo() {
        noClasses().that().resideInAPackage("org.webmail.message.render..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "jakarta.mail..", "org.webmail.imap..", "jakarta.persistence..")
                .check(MAIN);
    }

    /** Spoofing signals read names, addresses and links; java.net only for IDN (domain forms) and URLDecoder. */
    @Test
    void spoofingSignalsArePureWithNoIo() {
        noClasses().that().resideInAPackage("org.webmail.message.spoofing..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net.http..",
                        "jakarta.mail..", "org.webmail.imap..", "jakarta.persistence..", "io.quarkus..", "jakarta.inject..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("java.net")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("IDN")))
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("URLDecoder"))))
                .check(MAIN);
    }

    @Test
    void resourcesDoNotReachIntoTheMailLayerOrTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("MailStore")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("EntityManager")
                .check(MAIN);
    }
}
