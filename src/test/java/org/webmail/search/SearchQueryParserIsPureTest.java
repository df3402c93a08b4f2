package org.webmail.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The query language is pure: reading the box does no I/O and knows nothing of IMAP but the criteria record. */
class SearchQueryParserIsPureTest {

    private static final JavaClasses PARSER = new ClassFileImporter()
            .importClasses(SearchQueryParser.class, QueryTokens.class, QueryTokens.Token.class, SearchQuery.class, SearchQueryException.class);

    @Test
    void theParserDoesNoIoAndTouchesNoMailServer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "jakarta.mail..", "org.eclipse.angus..", "jakarta.persistence..", "jakarta.ws.rs..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("MailStore")
                .check(PARSER);
    }
}
