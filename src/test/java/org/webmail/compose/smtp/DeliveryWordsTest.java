package org.webmail.compose.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.webmail.compose.ComposeMessages;
import org.webmail.compose.ComposeText;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outbox stores why a message is where it is as a code; the delivery log words it in the reader's language,
 * with the real bundles (and text stored before codes existed shown as it was written).
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class DeliveryWordsTest {

    static final ComposeMessages PT = ComposeText.words(Locale.forLanguageTag("pt-BR"));
    static final ComposeMessages EN = ComposeText.words(Locale.ENGLISH);

    /**
     * Words as the delivery log renders them, on a thread of their own: a test method runs in a request context
     * without an HTTP request, where the page-locale hook ({@code web.TemplateLocale}) has no Accept-Language to read.
     */
    static String worded(String stored, ComposeMessages words) {
        return CompletableFuture.supplyAsync(() -> ReplyExplanation.words(stored, words)).join();
    }

    static String stated(OutboxEntry.State state, ComposeMessages words) {
        return CompletableFuture.supplyAsync(() -> OutboxViews.stateWords(state, words)).join();
    }

    @Test
    void aRefusedSignInIsExplainedInBothLanguages() {
        String stored = ReplyExplanation.of(535, "535 5.7.8 Error: authentication failed");
        assertEquals(ReplyExplanation.AUTH_FAILED, stored);
        assertEquals("O servidor de e-mail não aceitou a sua entrada para enviar (falha na autenticação). Saia e entre de novo; "
                + "se continuar acontecendo, talvez sua conta não tenha permissão para enviar e-mails.", worded(stored, PT));
        assertEquals("The mail server did not accept your sign-in for sending (authentication failed). Sign out and in again; "
                + "if it keeps happening, your account may not be allowed to send mail.", worded(stored, EN));
    }

    @Test
    void givingUpNamesTheLastProblemWithItsCode() {
        String stored = ReplyExplanation.gaveUp(ReplyExplanation.of(451, "451 4.3.0 try later"));
        assertEquals("O servidor de e-mail recusou a mensagem temporariamente por tempo demais, por isso a caixa de saída desistiu. "
                + "Último problema: O servidor de e-mail está ocupado ou pediu para tentar mais tarde (451). "
                + "Sua mensagem está segura na caixa de saída e será enviada de novo.", worded(stored, PT));
        assertEquals("The mail server kept refusing the message temporarily for too long, so the outbox gave up. "
                + "Last problem: The mail server is busy or asked to try again later (451). "
                + "Your message is safe in the outbox and will be tried again.", worded(stored, EN));
    }

    @Test
    void whatFailedAfterSendingIsListedSentenceBySentence() {
        String stored = ReplyExplanation.FOLLOW_UP + "\n" + ReplyExplanation.with("SENT_COPY", "no Sent folder") + "\n"
                + ReplyExplanation.with(ReplyExplanation.with("DRAFT", "Rascunhos"), "gone");
        assertEquals("Enviada. Não foi possível salvar a cópia na sua pasta Enviados (no Sent folder). "
                + "Não foi possível remover o rascunho de Rascunhos (gone).", worded(stored, PT));
        assertEquals("Sent. The copy in your Sent folder could not be saved (no Sent folder). "
                + "The draft could not be removed from Rascunhos (gone).", worded(stored, EN));
    }

    @Test
    void textStoredBeforeCodesIsShownAsItWas() {
        String old = "The mail server refused the message (550) and it was not sent.";
        assertEquals(old, worded(old, PT));
        assertNull(worded(null, PT));
    }

    @Test
    void theStatesHaveTheirWords() {
        assertEquals("Aguardando nova tentativa", stated(OutboxEntry.State.WAITING_TO_RETRY, PT));
        assertEquals("Resultado desconhecido – confira Enviados", stated(OutboxEntry.State.OUTCOME_UNKNOWN, PT));
        assertEquals("Waiting to retry", stated(OutboxEntry.State.WAITING_TO_RETRY, EN));
    }
}
