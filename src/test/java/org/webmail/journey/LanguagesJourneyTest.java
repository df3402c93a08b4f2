package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.account.UserAccount;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Brazilian reader and an English one use the same pages: the browser's Accept-Language picks the language, a
 * language saved in the reader's settings wins over the browser, and dates and sizes follow the language.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class LanguagesJourneyTest {

    private static final String LIA = "lia@example.test";
    private static final String ANA = "ana@example.test";
    private static final String PASSWORD = "senha-secreta";
    private static final String PORTUGUESE = "pt-BR,pt;q=0.9,en;q=0.5";
    private static final String ENGLISH = "en-GB,en;q=0.9";
    /** 5 March 2024, noon in Lisbon (the zone the test browser signs in with). */
    private static final Instant REPORT_DATE = Instant.parse("2024-03-05T12:00:00Z");
    private static boolean seeded;

    @BeforeEach
    void seedOnce() throws Exception {
        synchronized (LanguagesJourneyTest.class) {
            if (seeded) {
                return;
            }
            var greenMail = GreenMailTestResource.greenMail();
            greenMail.setUser(LIA, LIA, PASSWORD);
            greenMail.setUser(ANA, ANA, PASSWORD);
            for (String user : new String[] {LIA, ANA}) {
                Store store = Session.getInstance(new Properties()).getStore("imap");
                store.connect("127.0.0.1", greenMail.getImap().getPort(), user, PASSWORD);
                try (store) {
                    Folder inbox = store.getFolder("INBOX");
                    inbox.appendMessages(new Message[] {
                        message("Relatório trimestral", REPORT_DATE, "x".repeat(1_600_000), new Flags()),
                        message("Convite para o almoço", REPORT_DATE.minusSeconds(86_400), "Vamos almoçar na sexta?", new Flags()),
                        message("Notas da reunião", REPORT_DATE.minusSeconds(2 * 86_400), "As notas.", new Flags(Flags.Flag.SEEN))});
                    Folder trash = store.getFolder("Trash");
                    if (!trash.exists()) {
                        trash.create(Folder.HOLDS_MESSAGES);
                    }
                }
            }
            seeded = true;
        }
    }

    @Test
    void aBrazilianBrowserGetsTheInboxInPortugueseWithBrazilianDatesAndSizes() {
        Browser lia = signedIn(LIA, PORTUGUESE);
        lia.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("<html lang=\"pt-BR\""))
                .body(containsString("<h1>Caixa de entrada</h1>"))
                .body(containsString("<title>Caixa de entrada"))
                .body(containsString(">Escrever</a>"))
                .body(containsString(">Sair</button>"))
                .body(containsString(">Pesquisar</button>"))
                .body(containsString(">Marcar como lida</button>"))
                .body(containsString(">Lixeira</span>"))
                .body(containsString("3 mensagens"))
                .body(containsString("<th scope=\"col\">Assunto</th>"))
                .body(containsString(">05/03/2024</time>"))
                .body(containsString(">1,5 MB</td>"))
                .body(containsString("data-text-new-from=\"Nova mensagem de\""))
                .body(not(containsString(">Sign out</button>")));
    }

    @Test
    void aMessageItsActionsAndTheNoticeAfterAnActionSpeakPortuguese() {
        Browser lia = signedIn(LIA, PORTUGUESE);
        long uid = uidOf(lia, "Relatório trimestral");
        lia.get("/mail/INBOX/" + uid).then().statusCode(200)
                .body(containsString("<html lang=\"pt-BR\""))
                .body(containsString("<dt>De</dt>"))
                .body(containsString(">Responder a todos</a>"))
                .body(containsString(">Encaminhar</a>"))
                .body(containsString(">Marcar como não lida</button>"))
                .body(containsString("5 de mar. de 2024"));
        String next = lia.post("/mail/INBOX/actions", Map.of("uid", String.valueOf(uid), "action", "unread", "back", "/mail/INBOX"))
                .then().statusCode(303).extract().header("Location");
        lia.get(next).then().statusCode(200).body(containsString("1 mensagem marcada como não lida."));
    }

    @Test
    void searchResultsAndASearchMistakeAreExplainedInPortuguese() {
        Browser lia = signedIn(LIA, PORTUGUESE);
        lia.get("/search?q=Convite&folder=INBOX").then().statusCode(200)
                .body(containsString("<h1>Resultados da pesquisa</h1>"))
                .body(containsString("1 mensagem encontrada."))
                .body(containsString("Em Caixa de entrada."))
                .body(containsString("Convite para o almoço"))
                .body(containsString(">04/03/2024</time>"))
                .body(containsString("Como pesquisar"));
        lia.get("/search?q=is:talvez&folder=INBOX").then()
                .body(containsString("is: aceita unread, read ou flagged"));
    }

    @Test
    void folderManagementTalksPortugueseIncludingItsNoticesAndRefusals() {
        Browser lia = signedIn(LIA, PORTUGUESE);
        lia.get("/folders").then().statusCode(200)
                .body(containsString("<h1>Pastas</h1>"))
                .body(containsString("<h2>Nova pasta</h2>"))
                .body(containsString(">Criar pasta</button>"))
                .body(containsString("(nível principal)"))
                .body(containsString("Não pode ser excluída nem renomeada"));
        String next = lia.post("/folders", Map.of("name", "Recibos", "parent", "")).then().statusCode(303).extract().header("Location");
        lia.get(next).then().statusCode(200).body(containsString("Pasta “Recibos” criada."));
        lia.post("/folders", Map.of("name", "a/b", "parent", "")).then().statusCode(400)
                .body(containsString("O nome de uma pasta não pode conter “/”"));
        lia.get("/folders/delete?folder=INBOX").then().statusCode(200)
                .body(containsString("A Caixa de entrada (INBOX) não pode ser excluída"));
    }

    @Test
    void errorPagesArePortugueseForABrazilianBrowser() {
        Browser lia = signedIn(LIA, PORTUGUESE);
        lia.get("/mail/INBOX/987654").then().statusCode(404)
                .body(containsString("<html lang=\"pt-BR\""))
                .body(containsString("Mensagem não encontrada"))
                .body(containsString("Ir para a Caixa de entrada"));
        lia.get("/nada-aqui").then().statusCode(404).body(containsString("Página não encontrada"));
        new Browser().header("Accept-Language", PORTUGUESE).signIn(LIA, "errada").then().statusCode(401)
                .body(containsString("O endereço de e-mail ou a senha estão errados."))
                .body(containsString(">Entrar</button>"));
    }

    @Test
    void anEnglishBrowserGetsTheSamePagesInEnglish() {
        Browser lia = signedIn(LIA, ENGLISH);
        lia.get("/mail/INBOX").then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("<h1>INBOX</h1>"))
                .body(containsString(">Write</a>"))
                .body(containsString(">Sign out</button>"))
                .body(containsString(">Trash</span>"))
                .body(containsString("3 messages"))
                .body(containsString(">5 Mar 2024</time>"))
                .body(containsString(">1.5 MB</td>"))
                .body(not(containsString("Caixa de entrada")));
        lia.get("/search?q=Convite&folder=INBOX").then().statusCode(200).body(containsString("1 message matches."));
        lia.get("/folders").then().statusCode(200).body(containsString("<h2>New folder</h2>"));
        lia.get("/mail/INBOX/987654").then().statusCode(404).body(containsString("Message not found"));
    }

    @Test
    void aLanguageSavedInSettingsWinsOverTheBrowser() {
        Browser ana = signedIn(ANA, ENGLISH);
        ana.get("/mail/INBOX").then().statusCode(200).body(containsString("<html lang=\"en\""));
        saveLanguage(ANA, "pt-BR");
        try {
            ana.get("/mail/INBOX").then().statusCode(200)
                    .body(containsString("<html lang=\"pt-BR\""))
                    .body(containsString("<h1>Caixa de entrada</h1>"))
                    .body(containsString(">Sair</button>"))
                    .body(containsString(">05/03/2024</time>"));
        } finally {
            saveLanguage(ANA, null);
        }
    }

    private static Browser signedIn(String user, String acceptLanguage) {
        return new Browser().header("Accept-Language", acceptLanguage).signedIn(user, PASSWORD);
    }

    private static void saveLanguage(String login, String language) {
        QuarkusTransaction.requiringNew().run(() -> UserAccount.findByLogin(login).language = language);
    }

    private static long uidOf(Browser browser, String subject) {
        String page = browser.get("/mail/INBOX").then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("href=\"/mail/INBOX/(\\d+)\">" + Pattern.quote(subject) + "<").matcher(page);
        assertTrue(link.find(), "a link to " + subject);
        return Long.parseLong(link.group(1));
    }

    private static Message message(String subject, Instant date, String body, Flags flags) throws Exception {
        String eml = "From: Bruno Costa <bruno@example.test>\r\nTo: lia@example.test\r\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\nDate: "
                + new MailDateFormatHolder().format(date) + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public Date getReceivedDate() {
                return Date.from(date);
            }
        };
        message.setFlags(flags, true);
        return message;
    }

    /** RFC 5322 dates, as mail carries them. */
    private static final class MailDateFormatHolder {
        String format(Instant instant) {
            return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
        }
    }
}
