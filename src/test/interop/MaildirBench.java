import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N messages straight into a Maildir folder's cur/ for benchmarks, much faster than any delivery.
 * Run with the JDK's single-file launcher: {@code java MaildirBench.java <folder-dir> <count> <label>}.
 *
 * <p>File names follow the Maildir convention Dovecot reads: {@code <time>.M<n>P<pid>.<host>,S=<size>,W=<vsize>:2,<flags>}
 * where S is the file size, W the size with CRLF line ends (so Dovecot need not read the file for RFC822.SIZE),
 * and flags are Maildir's letters in ASCII order (F flagged, R replied, S seen). The file's mtime is the IMAP
 * internal date (RFC 3501 2.3.3).
 */
public class MaildirBench {

    private static final List<String> NAMES = List.of("Alice Martin", "Bob Okafor", "Chen Wei", "Zoë Müller",
            "Priya Raman", "João Conceição", "山田太郎", "Hannah Becker", "Sam O'Neill", "Léa Dubois");
    private static final List<String> TOPICS = List.of("Weekly report", "Build failed", "Invoice", "Meeting notes",
            "Question about the API", "Release candidate", "Lunch?", "Customer escalation", "Relatório mensal", "会議の議事録");
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    /** Ten years of mail, the oldest first, so UIDs grow with the date as on a real server. */
    private static final long SPAN_SECONDS = 10L * 365 * 24 * 3600;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java MaildirBench.java <maildir-folder> <count> <label>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String label = args[2];
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(folder.resolve(sub));
        }
        Random random = new Random(label.hashCode());
        long now = Instant.now().getEpochSecond();
        long pid = ProcessHandle.current().pid();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long date = now - SPAN_SECONDS + SPAN_SECONDS * i / count;
            byte[] message = message(random, label, i, date);
            String flags = (random.nextInt(100) < 3 ? "F" : "") + (random.nextInt(100) < 80 ? "S" : "");
            int lines = 0;
            for (byte b : message) {
                lines += b == '\n' ? 1 : 0;
            }
            String name = date + ".M" + i + "P" + pid + ".interop,S=" + message.length + ",W=" + (message.length + lines)
                    + ":2," + flags;
            Path file = folder.resolve("cur").resolve(name);
            Files.write(file, message);
            Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(date)));
        }
        System.err.printf("MaildirBench: %d messages into %s in %d ms%n", count, folder, (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] message(Random random, String label, int index, long date) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        String address = "sender" + random.nextInt(200) + "@bench.example";
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        String text = "From: " + encodedWord(name) + " <" + address + ">\n"
                + "To: Bench <bench@example.test>\n"
                + "Subject: " + encodedWord(topic + " #" + index) + "\n"
                + "Date: " + RFC_5322.format(Instant.ofEpochSecond(date).atZone(ZoneOffset.UTC)) + "\n"
                + "Message-ID: <" + label + "." + index + "@bench.example>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + "Hello,\n\nthis is message " + index + " of the " + label + " benchmark folder, about \"" + topic + "\".\n"
                + "It is here so that lists, paging, sorting and search have something to chew on.\n\n" + name + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 2047 B-encoding for non-ASCII header text. */
    private static String encodedWord(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
