package org.webmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The Brazilian Portuguese settings messages are complete: every English message has its translation and no more. */
class SettingsMessagesTest {

    @Test
    void everyMessageHasABrazilianPortugueseTranslation() throws Exception {
        Properties portuguese = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/settings_pt_BR.properties")) {
            portuguese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> english = Arrays.stream(SettingsMessages.class.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(english, new TreeSet<>(portuguese.stringPropertyNames()));
        portuguese.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is empty"));
    }
}
