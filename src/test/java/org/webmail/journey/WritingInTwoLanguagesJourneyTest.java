package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The writing side speaks the browser's language: with Accept-Language pt-BR the compose page, its problems, a reply's
 * quote line, the delivery log and the identities page are in Brazilian Portuguese; with en they are in English.
 * Lia has a mailbox of her own so the other journeys' counts stay as they are.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class WritingInTwoLanguagesJourneyTest {

    static final String LIA = "lucia@example.test"; // not LanguagesJourneyTest's lia: both share one GreenMail
    static final String PASSWORD = "lucia-pass";
    static final String PORTUGUESE = "pt-BR,pt;q=0.9,en;q=0.5";
    static final String ENGLISH = "en-GB,en;q=0.9";
    static long question;

    @BeforeAll
    static void liaHasMail() throws Exception {
        GreenMailTestResource.greenMail().setUser(LIA, LIA, PASSWORD);
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), LIA, PASSWORD);
            MimeMessage q = new MimeMessage(Session.getInstance(new Properties()));
            q.setFrom(new InternetAddress("bob@example.test", "Bob Smith"));
            q.setRecipients(Message.RecipientType.TO, LIA);
            q.setSubject("Almoço amanhã?", "UTF-8");
            q.setSentDate(Date.from(java.time.Instant.parse("2026-12-01T12:15:00Z")));
            q.setText("Vamos almoçar amanhã?", "UTF-8");
            q.saveChanges();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.appendMessages(new Message[] {q});
            question = ((UIDFolder) inbox).getUID(inbox.getMessage(inbox.getMessageCount()));
            inbox.close();
        }
    }

    static Browser lia() {
        return new Browser().signedIn(LIA, PASSWORD);
    }

    static Response get(Browser browser, String language, String path) {
        return browser.request().header("Accept-Language", language).get(path);
    }

    static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void theComposePageIsInPortugueseForAPortugueseBrowser() {
        Document page = page(get(lia(), PORTUGUESE, "/compose").then().statusCode(200).extract().response());
        assertEquals("pt-BR", page.selectFirst("html").attr("lang"));
        assertEquals("Nova mensagem", page.selectFirst("h1").text());
        assertEquals(List.of("De", "Para", "Cc", "Cco", "Assunto", "Mensagem", "Anexar arquivos"), page.select("form.compose-form label").eachText());
        assertEquals(List.of("Anexar", "Enviar", "Salvar rascunho"), page.select("form.compose-form button").eachText());
        assertEquals("Anexos", page.selectFirst("section.attachments").attr("aria-label"));
        assertTrue(page.selectFirst("section.attachments .hint").text().matches("Até \\d+,\\d MB por mensagem\\."),
                page.selectFirst("section.attachments .hint").text());
        // The script's words come from the page too.
        var body = page.selectFirst("textarea[name=body]");
        assertEquals("Negrito", body.attr("data-editor-bold"));
        assertEquals("Lista numerada", body.attr("data-editor-numbered-list"));
        assertEquals("Rascunho salvo", page.selectFirst("form[data-autosave]").attr("data-autosave-saved"));
    }

    @Test
    void theComposePageIsInEnglishForAnEnglishBrowser() {
        Document page = page(get(lia(), ENGLISH, "/compose").then().statusCode(200).extract().response());
        assertEquals("New message", page.selectFirst("h1").text());
        assertEquals(List.of("From", "To", "Cc", "Bcc", "Subject", "Message", "Attach files"), page.select("form.compose-form label").eachText());
        assertEquals(List.of("Attach", "Send", "Save draft"), page.select("form.compose-form button").eachText());
        assertTrue(page.selectFirst("section.attachments .hint").text().matches("Up to \\d+\\.\\d MB per message\\."));
        assertEquals("Bold", page.selectFirst("textarea[name=body]").attr("data-editor-bold"));
        assertEquals("Draft saved", page.selectFirst("form[data-autosave]").attr("data-autosave-saved"));
    }

    @Test
    void aBadAddressAndNoRecipientAreExplainedInTheReadersLanguage() {
        Browser lia = lia();
        ComposePage pt = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose"));
        ComposePage refused = ComposePage.of(lia, pt.request("send", Map.of("to", "bob@, maria", "subject", "Oi"), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose"));
        assertEquals(400, refused.response.statusCode());
        assertEquals("A mensagem não foi enviada nem salva:", refused.page.selectFirst(".problems p").text());
        assertEquals(List.of("Para: “bob@” não é um endereço completo.", "Para: “maria” não é um endereço de e-mail (não tem “@”)."),
                refused.problems());
        assertEquals("bob@, maria", refused.field("to"), "what was typed stays");

        ComposePage nobody = ComposePage.of(lia, refused.request("send", Map.of("to", ""), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose"));
        assertEquals(List.of("Adicione pelo menos um destinatário em Para, Cc ou Cco."), nobody.problems());

        ComposePage en = ComposePage.of(lia, nobody.request("send", Map.of("to", "bob@"), Map.of())
                .header("Accept-Language", ENGLISH).post("/compose"));
        assertEquals("The message was not sent or saved:", en.page.selectFirst(".problems p").text());
        assertEquals(List.of("To: “bob@” is not a complete address."), en.problems());
        ComposePage enNobody = ComposePage.of(lia, en.request("send", Map.of("to", ""), Map.of())
                .header("Accept-Language", ENGLISH).post("/compose"));
        assertEquals(List.of("Add at least one recipient in To, Cc or Bcc."), enNobody.problems());
    }

    @Test
    void aReplyQuotesTheOriginalInTheWritersLanguage() {
        Browser lia = lia();
        ComposePage pt = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose?reply=INBOX/" + question));
        assertEquals("Re: Almoço amanhã?", pt.field("subject"));
        // Lia signed in from Lisbon: 12:15 UTC is 12:15 there in December.
        assertTrue(pt.field("body").contains("Em ter., 1 de dez. de 2026 às 12:15, Bob Smith escreveu:\n> Vamos almoçar amanhã?"),
                pt.field("body"));
        ComposePage en = ComposePage.of(lia, get(lia, ENGLISH, "/compose?reply=INBOX/" + question));
        assertTrue(en.field("body").contains("On Tue, 1 Dec 2026 at 12:15, Bob Smith wrote:\n> Vamos almoçar amanhã?"), en.field("body"));
        ComposePage forward = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose?forward=INBOX/" + question));
        assertTrue(forward.field("body").contains("---------- Mensagem encaminhada ----------\nDe: Bob Smith <bob@example.test>\n"
                + "Data: ter., 1 de dez. de 2026 às 12:15\nAssunto: Almoço amanhã?\nPara: lucia@example.test\n"), forward.field("body"));
    }

    @Test
    void theDeliveryLogIsInTheReadersLanguage() {
        Browser lia = lia();
        String subject = "Relatório " + System.nanoTime();
        ComposePage compose = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose"));
        Response sent = compose.request("send", Map.of("to", "bob@example.test", "subject", subject, "body", "Segue."), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose");
        assertEquals(303, sent.statusCode(), sent.asString());
        String statusPath = URI.create(sent.header("Location")).getPath();

        Document status = page(get(lia, PORTUGUESE, statusPath).then().statusCode(200).extract().response());
        assertEquals("Enviada", status.selectFirst(".state strong").text());
        assertEquals(List.of("Para", "Message-ID", "Na fila", "Concluído", "Tentativas", "Servidor", "As palavras do próprio servidor"),
                status.select("dl.delivery dt").eachText());
        assertEquals("← Registro de envios", status.selectFirst("p.back a").text());

        Document log = page(get(lia, PORTUGUESE, "/outbox").then().statusCode(200).extract().response());
        assertEquals("Registro de envios", log.selectFirst("h1").text());
        assertEquals(List.of("Na fila", "Para", "Assunto", "Situação", "Servidor", "Resposta do servidor"),
                log.select("table.delivery-log th").eachText());
        assertTrue(log.select("td.state").eachText().contains("Enviada"), log.select("td.state").eachText().toString());

        Document en = page(get(lia, ENGLISH, "/outbox").then().statusCode(200).extract().response());
        assertEquals("Delivery log", en.selectFirst("h1").text());
        assertEquals(List.of("Queued", "To", "Subject", "State", "Server", "Server's reply"), en.select("table.delivery-log th").eachText());
        assertTrue(en.select("td.state").eachText().contains("Sent"));
        assertFalse(en.text().contains("Enviada"));
    }

    @Test
    void wordsAroundWhatTheUserTypedAreEscapedOnceAndOnlyOnce() {
        Browser lia = lia();
        String subject = "Tom & Jerry <3 " + System.nanoTime();
        ComposePage compose = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose"));
        Response sent = compose.request("send", Map.of("to", "bob@example.test", "subject", subject, "body", "."), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose");
        Response status = get(lia, PORTUGUESE, URI.create(sent.header("Location")).getPath());
        assertTrue(page(status).title().startsWith(subject + " – envio"), page(status).title());
        assertTrue(status.asString().contains("Tom &amp; Jerry &lt;3"), "escaped in the page source");

        ComposePage untitled = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose"));
        Response none = untitled.request("send", Map.of("to", "bob@example.test", "subject", "", "body", "."), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose");
        String untitledTitle = page(get(lia, PORTUGUESE, URI.create(none.header("Location")).getPath())).title();
        assertTrue(untitledTitle.startsWith("(sem assunto) – envio"), untitledTitle);

        ComposePage fresh = ComposePage.of(lia, get(lia, PORTUGUESE, "/compose"));
        ComposePage refused = ComposePage.of(lia, fresh.request("send", Map.of("to", "<open@example.test & co"), Map.of())
                .header("Accept-Language", PORTUGUESE).post("/compose"));
        assertEquals(List.of("Para: “<open@example.test & co” tem um “<” sem o “>” que o fecha."), refused.problems());
    }

    @Test
    void theIdentitiesPageAndItsProblemsAreInTheReadersLanguage() {
        Browser lia = lia();
        Document pt = page(get(lia, PORTUGUESE, "/settings/identities").then().statusCode(200).extract().response());
        assertEquals("Identidades e assinaturas", pt.selectFirst("h1").text());
        assertEquals("Padrão", pt.selectFirst(".badge").text());
        assertEquals("Adicionar uma identidade", pt.selectFirst("#identity-new h2").text());
        assertEquals(List.of("Nome", "Endereço", "Responder para (opcional)", "Assinatura (texto simples)",
                "Assinatura (HTML, limpo ao salvar)"), pt.select("#identity-new label").eachText());
        assertEquals("Adicionar", pt.selectFirst("#identity-new button").text());

        Response refused = lia.request().header("Accept-Language", PORTUGUESE)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("csrf", lia.cookie(Browser.CSRF_COOKIE), "name", "Lia", "address", "lia@"))
                .post("/settings/identities");
        assertEquals(400, refused.statusCode());
        assertEquals("\"lia@\" não é um endereço de e-mail válido (como nome@example.org).", page(refused).selectFirst(".error").text());

        Response english = lia.request().header("Accept-Language", ENGLISH)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("csrf", lia.cookie(Browser.CSRF_COOKIE), "name", "Lia", "address", "lia@"))
                .post("/settings/identities");
        Document en = page(english);
        assertEquals("\"lia@\" is not a valid e-mail address (like name@example.org).", en.selectFirst(".error").text());
        assertEquals("Identities and signatures", en.selectFirst("h1").text());
        assertEquals("Signature (plain text)", en.select("#identity-new label").get(3).text());
    }
}
