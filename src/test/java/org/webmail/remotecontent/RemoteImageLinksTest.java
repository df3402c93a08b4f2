package org.webmail.remotecontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.webmail.web.LinkSignature;

/** The proxy links the body frame gets, signed with a real {@link LinkSignature} at a fixed time. */
class RemoteImageLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:34:56Z");
    private static final String URL = "https://images.example/logo.png?a=1&b=two%20words";

    @Test
    void aLinkNamesTheUrlAndAnExpiryAtLeastTheLifetimeAwayRoundedUpToTheHour() {
        String link = links(NOW, "a").proxied(URL);
        Map<String, String> query = query(link);
        assertTrue(link.startsWith("/remote-content/image?url="), link);
        assertEquals(URL, query.get("url"));
        assertEquals(Instant.parse("2026-12-02T01:00:00Z").getEpochSecond(), Long.parseLong(query.get("expires")));
        assertEquals(link, links(NOW.plusSeconds(60), "a").proxied(URL), "the same link within the hour: cacheable");
    }

    @Test
    void onlyTheLinkAsWrittenVerifiesAndOnlyUnderTheSameKeyAndBeforeItExpires() {
        RemoteImageLinks links = links(NOW, "a");
        Map<String, String> query = query(links.proxied(URL));
        long expires = Long.parseLong(query.get("expires"));
        String sig = query.get("sig");
        assertTrue(links.verify(URL, expires, sig));
        assertFalse(links.verify(URL + "&c=3", expires, sig), "other URL");
        assertFalse(links.verify(URL, expires + 3600, sig), "stretched expiry");
        assertFalse(links.verify(URL, expires, null));
        assertFalse(links.verify(URL, null, sig));
        assertFalse(links.verify(null, expires, sig));
        assertFalse(links(NOW, "b").verify(URL, expires, sig), "another key: another deployment's link");
        assertFalse(links(Instant.ofEpochSecond(expires + 1), "a").verify(URL, expires, sig), "expired");
    }

    @Test
    void urlsTheProxyCouldNeverFetchGetNoLink() {
        RemoteImageLinks links = links(NOW, "a");
        assertNull(links.proxied("https://images.example/a b|c.png"), "not a URI");
        assertNull(links.proxied("/relative.png"));
        assertNull(links.proxied("https:///no-host.png"));
    }

    private static Map<String, String> query(String link) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create("https://webmail.example" + link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static RemoteImageLinks links(Instant now, String keyFill) {
        RemoteImageLinks links = new RemoteImageLinks();
        links.signature = signature(now, Base64.getEncoder().encodeToString(keyFill.repeat(32).getBytes(StandardCharsets.US_ASCII)));
        links.settings = (RemoteContentSettings) Proxy.newProxyInstance(RemoteContentSettings.class.getClassLoader(),
                new Class<?>[] {RemoteContentSettings.class}, (proxy, method, args) -> {
                    if (method.getName().equals("linkLifetime")) {
                        return Duration.ofHours(12);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return links;
    }

    /** LinkSignature as CDI would make it, with a fixed key and clock (its fields are its package's). */
    private static LinkSignature signature(Instant now, String key) {
        try {
            LinkSignature signature = new LinkSignature();
            field("configuredKey").set(signature, Optional.of(key));
            field("clock").set(signature, Clock.fixed(now, ZoneOffset.UTC));
            Method init = LinkSignature.class.getDeclaredMethod("init");
            init.setAccessible(true);
            init.invoke(signature);
            return signature;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = LinkSignature.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
