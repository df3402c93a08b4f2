package org.webmail.compose;

import java.util.ArrayList;
import java.util.List;

import org.webmail.account.Identities;
import org.webmail.account.Identity;

/**
 * Turns the form into a {@link ComposedMessage}: the From identity must be one of the user's own (anything else is
 * refused, never sent), every address must be valid and there must be someone to send to. For a draft the rules
 * are loose: whatever was typed is kept, even a half-written address.
 */
public final class FormCheck {

    private FormCheck() {
    }

    public static ComposedMessage forSending(Identities identities, String login, ComposeForm form) {
        List<ComposeText> problems = new ArrayList<>();
        Identity identity = identities.find(login, form.identityId).orElse(null);
        if (identity == null) {
            problems.add(ComposeMessages::notYourIdentity);
        }
        List<Recipient> to = field(form.to, ComposeMessages::to, problems);
        List<Recipient> cc = field(form.cc, ComposeMessages::cc, problems);
        List<Recipient> bcc = field(form.bcc, ComposeMessages::bcc, problems);
        if (problems.isEmpty() && to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            problems.add(ComposeMessages::noRecipient);
        }
        if (!problems.isEmpty()) {
            throw new ComposeProblem(problems);
        }
        return message(identity, to, cc, bcc, form);
    }

    public static ComposedMessage forDraft(Identities identities, String login, ComposeForm form) {
        Identity identity = identities.find(login, form.identityId).orElseGet(() -> identities.of(login).get(0));
        return message(identity, loose(form.to), loose(form.cc), loose(form.bcc), form);
    }

    private static ComposedMessage message(Identity identity, List<Recipient> to, List<Recipient> cc, List<Recipient> bcc,
                                           ComposeForm form) {
        return new ComposedMessage(identity, to, cc, bcc, form.subject, form.body,
                form.bodyHtml == null || form.bodyHtml.isBlank() ? null : form.bodyHtml, List.copyOf(form.attachments),
                form.inReplyTo, form.references);
    }

    private static List<Recipient> field(String value, ComposeText name, List<ComposeText> problems) {
        try {
            return Addresses.parse(value);
        } catch (AddressProblem e) {
            e.problems().forEach(p -> problems.add(w -> w.inField(name.in(w), p.in(w))));
            return List.of();
        }
    }

    /** The valid addresses only; the draft keeps the whole field as typed in a header of its own. */
    private static List<Recipient> loose(String value) {
        List<Recipient> out = new ArrayList<>();
        for (String token : Addresses.split(HeaderText.singleLine(value))) {
            try {
                out.addAll(Addresses.parse(token));
            } catch (AddressProblem e) {
                // left out of the header; kept by Drafts as typed text
            }
        }
        return out;
    }
}
