package org.webmail.message.render;

import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list of elements and attributes that real mail uses for layout and emphasis.
 * <p>
 * Everything not named here is dropped with its attributes (text content is kept, except inside script, style
 * and the like, which OWASP never outputs). Notably absent: script, style, iframe/frame, object/embed/applet,
 * form controls, svg and math (their animate/use/feImage/foreignObject tricks go with them), meta/link/base,
 * every on* handler, srcset, background, class and id (mail must not reach our own stylesheet or scripts).
 * Inline {@code style} goes through OWASP's CSS schema, which keeps colours, fonts, spacing and borders but
 * drops url(), expression(), behavior and positioning.
 */
final class MailHtmlPolicy {

    private static final Pattern COLOR = Pattern.compile(
            "#[0-9a-f]{3,8}|[a-z]{3,20}|rgb\\(\\s*\\d{1,3}%?\\s*(?:,\\s*\\d{1,3}%?\\s*){2}\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\d{1,5}(?:\\.\\d{1,3})?(?:%|px)?");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern FONT_SIZE = Pattern.compile("[+-]?[1-7]");
    private static final Pattern FONT_FACE = Pattern.compile("[\\p{L}\\p{N} ,'\"._-]{1,200}");
    private static final Pattern ALIGN = Pattern.compile("left|right|center|justify", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALIGN = Pattern.compile("top|middle|bottom|baseline", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTION = Pattern.compile("ltr|rtl|auto", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_TYPE = Pattern.compile("[1aAiI]|disc|circle|square");

    private static final String[] TABLE_PARTS = {"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
        "colgroup", "col"};
    private static final String[] CELLS = {"td", "th"};

    private MailHtmlPolicy() {
    }

    /** A policy whose image sources are decided by {@code imageSources} (built per message, as it counts). */
    static PolicyFactory withImageSources(AttributePolicy imageSources) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
                .allowElements("p", "div", "span", "br", "hr", "center", "blockquote", "pre", "code", "tt",
                        "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sup", "sub", "small", "big",
                        "font", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "img")
                .allowElements(TABLE_PARTS)
                .allowElements(LinkPolicy.OPENS_OUTSIDE, "a")
                // The guard OWASP puts in front of every URL attribute; the per-attribute policies narrow further.
                .allowUrlProtocols("http", "https", "mailto", "cid", "data")
                .allowAttributes("href").matching(LinkPolicy.HREF).onElements("a")
                .allowAttributes("src").matching(imageSources).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(LENGTH).onElements("img")
                .allowAttributes("title").globally()
                .allowAttributes("dir").matching(DIRECTION).globally()
                .allowAttributes("lang").matching(Pattern.compile("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")).globally()
                .allowStyling();
        allowFontAttributes(builder);
        allowTableAttributes(builder);
        return builder.toFactory();
    }

    private static void allowFontAttributes(HtmlPolicyBuilder builder) {
        builder.allowAttributes("color").matching(COLOR).onElements("font")
                .allowAttributes("face").matching(FONT_FACE).onElements("font")
                .allowAttributes("size").matching(FONT_SIZE).onElements("font")
                .allowAttributes("align").matching(ALIGN).onElements("p", "div", "h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("type").matching(LIST_TYPE).onElements("ol", "ul", "li")
                .allowAttributes("start").matching(SMALL_NUMBER).onElements("ol");
    }

    private static void allowTableAttributes(HtmlPolicyBuilder builder) {
        builder.allowAttributes("width", "height").matching(LENGTH).onElements(TABLE_PARTS)
                .allowAttributes("align").matching(ALIGN).onElements(TABLE_PARTS)
                .allowAttributes("align").matching(ALIGN).onElements("img", "hr")
                .allowAttributes("valign").matching(VALIGN).onElements(TABLE_PARTS)
                .allowAttributes("bgcolor").matching(COLOR).onElements(TABLE_PARTS)
                .allowAttributes("cellpadding", "cellspacing", "border").matching(SMALL_NUMBER).onElements("table")
                .allowAttributes("colspan", "rowspan").matching(SMALL_NUMBER).onElements(CELLS)
                .allowAttributes("span").matching(SMALL_NUMBER).onElements("col", "colgroup")
                .allowAttributes("nowrap").matching(Pattern.compile("|nowrap", Pattern.CASE_INSENSITIVE)).onElements(CELLS);
    }
}
