package org.webmail.message.spoofing;

import java.lang.Character.UnicodeScript;
import java.util.List;

/**
 * Why a link in a message deserves a look before the reader follows it.
 *
 * @param target   the link's full target as the message wrote it (http or https)
 * @param host     where it really goes
 * @param shown    the host its text named ("www.paypal.example"), or null when the text names none
 * @param userinfo what stands before an "@" in the target ("good.example" in http://good.example@evil.example/),
 *                 which browsers drop but readers take for the host; null without one
 */
public record LinkWarning(String target, Domain host, Domain shown, String userinfo) {

    /** The text names a host and the link goes elsewhere (not to it or one of its subdomains). */
    public boolean textShowsOtherHost() {
        return shown != null && !host.within(shown);
    }

    /** The target's host is written in punycode or in Unicode letters. */
    public boolean hostInternational() {
        return host.international();
    }

    public boolean hostMixesScripts() {
        return !host.mixedScripts().isEmpty();
    }

    public List<UnicodeScript> hostScripts() {
        return host.mixedScripts();
    }

    public boolean hasUserinfo() {
        return userinfo != null;
    }

    /** Whether any of the reasons holds; a link for which none does stays a direct link. */
    public boolean suspicious() {
        return textShowsOtherHost() || hostInternational() || hostMixesScripts() || hasUserinfo();
    }
}
