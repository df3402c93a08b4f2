package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.webmail.support.EnglishWords;

class AddressesTest {

    @Test
    void commasAndSemicolonsSeparateAndNamesMayContainThem() {
        List<Recipient> list = Addresses.parse("bob@example.test; \"Smith, Carol\" <carol@example.test>, Dave <dave@example.test>");
        assertEquals(List.of("bob@example.test", "carol@example.test", "dave@example.test"), list.stream().map(Recipient::address).toList());
        assertEquals("Smith, Carol", list.get(1).name());
        assertEquals("\"Smith, Carol\" <carol@example.test>", list.get(1).display());
    }

    private static final ComposeMessages ENGLISH = EnglishWords.of(ComposeMessages.class);

    private static List<String> english(List<ComposeText> problems) {
        return problems.stream().map(p -> p.in(ENGLISH)).toList();
    }

    @Test
    void anEmptyFieldIsNoRecipients() {
        assertEquals(List.of(), Addresses.parse("  , ; "));
        assertEquals(List.of(), Addresses.parse(null));
    }

    @Test
    void eachBadAddressIsExplainedInPlainWords() {
        AddressProblem problem = assertThrows(AddressProblem.class,
                () -> Addresses.parse("bob@, good@example.test, just a name, x@y@z, carol@localhost, <open@example.test"));
        assertEquals(List.of(
                "“bob@” is not a complete address.",
                "“just a name” is not an email address (it has no “@”).",
                "“x@y@z” is not a valid email address.",
                "“carol@localhost” is not a complete address (the part after “@” needs a dot, as in example.org).",
                "“<open@example.test” has a “<” without its closing “>”."), english(problem.problems()));
    }

    @Test
    void internationalDomainsGoToTheEnvelopeInAsciiAndAreShownInUnicode() {
        Recipient r = Addresses.parse("José <jose@bücher.example>").get(0);
        assertEquals("jose@xn--bcher-kva.example", r.address());
        assertEquals("jose@bücher.example", r.shown());
        assertEquals("José <jose@bücher.example>", r.display());
        assertTrue(r.header().toString().contains("jose@xn--bcher-kva.example"));
    }

    @Test
    void aNonAsciiLocalPartIsRefusedWithAReason() {
        AddressProblem problem = assertThrows(AddressProblem.class, () -> Addresses.parse("jörg@example.test"));
        assertTrue(problem.problems().get(0).in(ENGLISH).startsWith("“jörg@example.test” has letters before the “@”"));
    }

    @Test
    void aLineBreakInTheFieldCannotSmuggleAHeader() {
        List<Recipient> list = Addresses.parse("Bob\r\nBcc: evil@attacker.test <bob@example.test>");
        assertEquals(1, list.size());
        assertEquals("Bob Bcc: evil@attacker.test", list.get(0).name());
        assertEquals("bob@example.test", list.get(0).address());
    }
}
