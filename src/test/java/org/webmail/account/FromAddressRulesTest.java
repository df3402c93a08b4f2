package org.webmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.webmail.support.EnglishWords;

/** Which From addresses a user may type into an identity, and what they are told when they may not. */
class FromAddressRulesTest {

    private static final AccountMessages ENGLISH = EnglishWords.of(AccountMessages.class);

    private static String english(AccountText text) {
        return text == null ? null : text.in(ENGLISH);
    }


    @Test
    void aBareAddressIsAcceptedAndItsDomainLowerCased() {
        assertEquals(Optional.of("Dora.Smith@example.org"), MailboxAddress.parse("  Dora.Smith@Example.ORG "));
    }

    @Test
    void anInternationalisedDomainIsKeptInItsAsciiForm() {
        assertEquals(Optional.of("anna@xn--bcher-kva.example"), MailboxAddress.parse("anna@bücher.example"));
    }

    @Test
    void namesGroupsHeaderLinesAndBrokenSyntaxAreNotAddresses() {
        for (String typed : List.of("", "dora", "dora@", "@example.org", "Dora <dora@example.org>", "a b@example.org",
                "dora@example.org, eve@example.org", "dora@example.org\r\nBcc: eve@example.org", "team: a@example.org;",
                "dora@localhost", "dora@exa_mple.org")) {
            assertEquals(Optional.empty(), MailboxAddress.parse(typed), typed);
        }
    }

    @Test
    void withoutConfigurationOnlyTheLoginsOwnDomainIsAllowed() {
        FromAddressPolicy policy = new FromAddressPolicy(List.of());
        assertNull(policy.problem("dora@example.org", "sales@example.org"));
        assertEquals("You can only send from addresses at example.org.", english(policy.problem("dora@example.org", "dora@gmail.example")));
    }

    @Test
    void configuredDomainsAreAllowedBesidesTheLoginsOwn() {
        FromAddressPolicy policy = new FromAddressPolicy(List.of(" example.net", "Bücher.example"));
        assertNull(policy.problem("dora@example.org", "dora@example.net"));
        assertNull(policy.problem("dora@example.org", "dora@xn--bcher-kva.example"));
        assertEquals("You can only send from addresses at example.org, example.net, xn--bcher-kva.example.",
                english(policy.problem("dora@example.org", "dora@example.com")));
    }

    @Test
    void aLoginThatIsNoAddressMaySendOnlyAsItself() {
        assertEquals("You can only send from your own address.", english(new FromAddressPolicy(List.of()).problem("dora", "dora@example.org")));
    }

    @Test
    void aStarLeavesTheDecisionToTheSubmissionServer() {
        assertNull(new FromAddressPolicy(List.of("*")).problem("dora@example.org", "dora@anywhere.example"));
    }

    @Test
    void theLoginItselfIsAlwaysAllowedEvenWhenItIsNotInADomainList() {
        assertNull(new FromAddressPolicy(List.of()).problem("Dora@Example.org", "dora@example.org"));
    }

    @Test
    void aFormWithALineBreakInTheNameOrABadReplyToIsRefusedInWords() {
        assertEquals("The name must be one line of at most 200 characters.",
                english(new IdentityForm(0, "Dora\r\nBcc: eve@example.org", "dora@example.org", "", "", "").syntaxProblem()));
        assertEquals("The reply-to address \"not an address\" is not a valid e-mail address.",
                english(new IdentityForm(0, "Dora", "dora@example.org", "not an address", "", "").syntaxProblem()));
        assertEquals("\"dora@\" is not a valid e-mail address (like name@example.org).",
                english(new IdentityForm(0, "Dora", "dora@", "", "", "").syntaxProblem()));
        assertNull(new IdentityForm(0, "Dora", "dora@example.org", null, null, null).syntaxProblem());
    }

    @Test
    void percentAndUnderscoreTypedIntoAutocompleteMatchOnlyThemselves() {
        assertEquals("a!_b!%c!!", ContactService.likeEscaped("a_b%c!"));
    }
}
