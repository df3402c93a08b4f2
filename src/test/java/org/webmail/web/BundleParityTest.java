package org.webmail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every message bundle of the application is complete in every language we ship: each key of each
 * {@code @MessageBundle} interface (English in its annotations) has a non-empty Brazilian Portuguese text in
 * {@code messages/<namespace>_pt_BR.properties}, and no file holds a key its interface lacks. Generic: a new
 * namespace is checked as soon as its interface exists.
 */
class BundleParityTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final List<String> TRANSLATIONS = List.of("pt_BR");

    @Test
    void everyKeyOfEveryBundleHasATranslationAndNoTranslationIsEmptyOrStray() throws IOException {
        Map<String, Class<?>> bundles = bundles();
        assertTrue(bundles.containsKey("msg") && bundles.containsKey("mail"), "bundles found: " + bundles.keySet());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> bundle : bundles.entrySet()) {
            Set<String> keys = keys(bundle.getValue());
            for (String language : TRANSLATIONS) {
                Path file = MESSAGES.resolve(bundle.getKey() + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Properties translated = load(file);
                for (String key : keys) {
                    String text = translated.getProperty(key);
                    if (text == null) {
                        problems.add(file.getFileName() + ": no " + key);
                    } else if (text.isBlank()) {
                        problems.add(file.getFileName() + ": " + key + " is empty");
                    }
                }
                translated.stringPropertyNames().stream().filter(k -> !keys.contains(k)).sorted()
                        .forEach(k -> problems.add(file.getFileName() + ": " + k + " is not in " + bundle.getValue().getSimpleName()));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTranslationFileBelongsToABundle() throws IOException {
        Set<String> namespaces = bundles().keySet();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> orphans = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties"))
                    .filter(n -> !namespaces.contains(n.substring(0, n.indexOf('_') < 0 ? n.indexOf('.') : n.indexOf('_'))))
                    .toList();
            assertEquals(List.of(), orphans);
        }
    }

    @Test
    void theBrazilianFilesAreUtf8AndSayThingsInPortuguese() throws IOException {
        Properties mail = load(MESSAGES.resolve("mail_pt_BR.properties"));
        assertEquals("Marcar como lida", mail.getProperty("action_read"));
        assertFalse(mail.getProperty("folder_label").contains("\uFFFD"), "no mojibake");
        assertTrue(mail.getProperty("folder_label").contains("Caixa de entrada"));
    }

    /** The interfaces annotated with @MessageBundle, by namespace. */
    static Map<String, Class<?>> bundles() {
        Map<String, Class<?>> bundles = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.webmail")) {
            if (type.isAnnotatedWith(MessageBundle.class)) {
                Class<?> bundle = type.reflect();
                String name = bundle.getAnnotation(MessageBundle.class).value();
                bundles.put(name.isEmpty() || MessageBundle.DEFAULTED_NAME.equals(name) ? MessageBundle.DEFAULT_NAME : name, bundle);
            }
        }
        return bundles;
    }

    /** A bundle's keys: each message method's key, its name unless @Message gives another. */
    static Set<String> keys(Class<?> bundle) {
        return Stream.of(bundle.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(BundleParityTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Method method) {
        String key = method.getAnnotation(Message.class).key();
        String name = method.getName();
        return switch (key) {
            case "", Message.DEFAULT_NAME, Message.ELEMENT_NAME -> name;
            case Message.UNDERSCORED_ELEMENT_NAME -> name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            case Message.HYPHENATED_ELEMENT_NAME -> name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            default -> key;
        };
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
