package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.interop.InteropServer;
import org.webmail.support.SearchMailbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search journeys against the real Dovecot over implicit TLS: it has SORT, so every search is one
 * {@code UID SORT (REVERSE DATE) UTF-8 ...}, and non-ASCII text goes as a UTF-8 literal it decodes.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
class SearchJourneyOverDovecotIT extends SearchJourney {

    @Override
    protected Store carolsStore() throws Exception {
        Session session = Session.getInstance(InteropServer.mailProperties("imaps", InteropServer.trustingTestCa()));
        Store store = session.getStore("imaps");
        store.connect("localhost", InteropServer.IMAPS_PORT, SearchMailbox.USER, SearchMailbox.PASSWORD);
        return store;
    }

    @Test
    void nonAsciiWordsAreFoundInTheSubjectAndTheText() {
        assertEquals(List.of("Relatório de vendas — março"), found("relatório"));
        assertEquals(List.of("Relatório de vendas — março"), found("subject:março"));
        assertEquals(List.of("Relatório de vendas — março"), found("números"));
        assertEquals(List.of("Relatório de vendas — março"), found("\"vendas — março\""));
    }

    @Test
    void aNonAsciiTermWithQuotesAndBracesIsStillJustText() {
        assertEquals(List.of(), found("subject:\"março {5} \\\"\""));
        assertEquals(List.of("Relatório de vendas — março"), found("relatório\r\nmarço"));
    }

    @Test
    void nonAsciiWorksAcrossAllFolders() {
        List<String> subjects = subjects(search("relatório", SearchMailbox.LAB, "?scope=all"));
        assertEquals(List.of("Relatório de vendas — março"), subjects.stream().filter(s -> s.contains("vendas — março")).toList());
    }
}
