package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that hold for every file in src/test/resources/hostile/, checked on the DOM a browser builds from the
 * output; a new fixture is covered as soon as it is dropped into the folder.
 */
class EveryHostileFixtureTest {

    private static final String ACTIVE_ELEMENTS = "script, style, iframe, frame, frameset, object, embed, applet, param,"
            + " form, input, button, select, textarea, option, svg, math, meta, link, base, noscript, template,"
            + " title, use, animate, set, feimage, foreignobject, picture, source";
    private static final List<String> FORBIDDEN_ATTRIBUTES = List.of("srcset", "background", "formaction", "action",
            "xlink:href", "srcdoc", "id", "class", "data", "codebase", "http-equiv");

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(EveryHostileFixtureTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
        }
    }

    @Test
    void theHostileFolderHoldsTheWholeCollectionOfFixtures() throws Exception {
        assertTrue(fixtures().count() >= 23, "fixtures went missing from src/test/resources/hostile");
    }

    @ParameterizedTest(name = "{0} leaves no element that runs, loads or submits anything")
    @MethodSource("fixtures")
    void noActiveElementSurvives(String fixture) {
        RenderedMail mail = RenderedMail.fixture("/hostile/" + fixture, RemoteContent.BLOCK);
        assertEquals(List.of(), mail.dom().body().select(ACTIVE_ELEMENTS).stream().map(Element::outerHtml).toList());
    }

    @ParameterizedTest(name = "{0} leaves no event handler and no URL-bearing attribute besides href and src")
    @MethodSource("fixtures")
    void noHandlerOrHiddenUrlAttributeSurvives(String fixture) {
        RenderedMail mail = RenderedMail.fixture("/hostile/" + fixture, RemoteContent.BLOCK);
        for (Element element : mail.dom().body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertTrue(!name.startsWith("on") && !FORBIDDEN_ATTRIBUTES.contains(name), mail.html());
                String value = attribute.getValue().toLowerCase(Locale.ROOT);
                assertTrue(!value.contains("evil.example") && !value.contains("tracker.example"), mail.html());
            }
        }
    }

    @ParameterizedTest(name = "{0} keeps only web and mail links, each opening outside the webmail")
    @MethodSource("fixtures")
    void linksAreWebOrMailAndOpenOutside(String fixture) {
        RenderedMail mail = RenderedMail.fixture("/hostile/" + fixture, RemoteContent.BLOCK);
        for (Element link : mail.dom().body().select("a[href]")) {
            assertTrue(link.attr("href").matches("(?i)(https?://|mailto:).+"), mail.html());
            assertEquals("_blank", link.attr("target"), mail.html());
            assertEquals("noopener noreferrer", link.attr("rel"), mail.html());
        }
    }

    @ParameterizedTest(name = "{0} loads nothing from the network while remote content is blocked")
    @MethodSource("fixtures")
    void nothingIsFetchedWhileRemoteContentIsBlocked(String fixture) {
        RenderedMail mail = RenderedMail.fixture("/hostile/" + fixture, RemoteContent.BLOCK);
        for (Element image : mail.dom().body().select("img[src]")) {
            assertTrue(image.attr("src").matches("data:image/(png|gif|jpe?g|webp);base64,[A-Za-z0-9+/=]+"), mail.html());
        }
        for (Element styled : mail.dom().body().select("[style]")) {
            String style = styled.attr("style").toLowerCase(Locale.ROOT);
            assertTrue(!style.contains("url") && !style.contains("expression") && !style.contains("import"), mail.html());
        }
    }
}
