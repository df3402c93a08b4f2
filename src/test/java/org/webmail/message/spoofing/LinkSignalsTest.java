package org.webmail.message.spoofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which links are held back for a look first, and which go straight to their target. */
class LinkSignalsTest {

    @Test
    void textThatNamesOneHostWhileTheLinkGoesToAnotherIsHeldBack() {
        LinkWarning warning = LinkSignals.check("https://evil.example/login", "https://www.paypal.example/login").orElseThrow();
        assertTrue(warning.textShowsOtherHost());
        assertEquals("paypal.example", warning.shown().unicode().replaceFirst("^www\\.", ""));
        assertEquals("evil.example", warning.host().ascii());
    }

    @Test
    void theSameHostWithOrWithoutWwwAndInAnyCaseIsAnOrdinaryLink() {
        assertTrue(LinkSignals.check("https://www.bank.example/account", "bank.example").isEmpty());
        assertTrue(LinkSignals.check("https://bank.example/account", "WWW.Bank.Example/account").isEmpty());
        assertTrue(LinkSignals.check("https://mail.bank.example/", "bank.example").isEmpty(), "a subdomain of the host shown");
        assertTrue(LinkSignals.check("https://tracker.example/c?u=1", "Read the whole story").isEmpty(), "text that names no host");
        assertTrue(LinkSignals.check("mailto:ana@bank.example", "ana@evil.example").isEmpty(), "mailto opens our compose form");
    }

    @Test
    void aParentDomainIsNotTheSiteTheTextNamed() {
        assertTrue(LinkSignals.check("https://example.com/", "accounts.bank.example.com").orElseThrow().textShowsOtherHost());
    }

    @Test
    void punycodeAndMixedScriptTargetsAreHeldBackWhateverTheText() {
        LinkWarning punycode = LinkSignals.check("https://xn--pple-43d.example/id", "Sign in").orElseThrow();
        assertTrue(punycode.hostMixesScripts());
        assertEquals("\u0430pple.example", punycode.host().unicode());
        LinkWarning unicode = LinkSignals.check("https://\u0430pple.example/id", "https://\u0430pple.example/id").orElseThrow();
        assertEquals("xn--pple-43d.example", unicode.host().ascii());
        assertFalse(unicode.textShowsOtherHost());
    }

    @Test
    void userinfoBeforeTheHostIsHeldBack() {
        LinkWarning warning = LinkSignals.check("http://good.example@evil.example/", "http://good.example@evil.example/").orElseThrow();
        assertEquals("good.example", warning.userinfo());
        assertEquals("evil.example", warning.host().ascii());
    }

    @Test
    void theHostInTheTextIsFoundInUrlsAndBareDomainsButNotInSentencesOrAddresses() {
        assertEquals("paypal.example", LinkSignals.hostShownBy(" (https://paypal.example:443/a?b=c). "));
        assertEquals("www.paypal.example", LinkSignals.hostShownBy("www.ＰａｙＰａｌ.example"));
        assertNull(LinkSignals.hostShownBy("Click here to verify"));
        assertNull(LinkSignals.hostShownBy("support@paypal.example"));
    }

    @Test
    void percentEncodedHostsAreReadAsBrowsersReadThem() {
        assertEquals("evil.example", LinkSignals.check("https://%65vil.example/", "bank.example").orElseThrow().host().ascii());
    }
}
