package org.webmail.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The header fields of one demo message. {@code references} is the RFC 5322 section 3.6.4 References list,
 * oldest first; its last element is the In-Reply-To.
 */
record DemoEnvelope(DemoPerson from, List<DemoPerson> to, List<DemoPerson> cc, String subject, Instant date,
                    String messageId, List<String> references, Map<String, String> extraHeaders) {

    DemoEnvelope {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        extraHeaders = Map.copyOf(extraHeaders);
    }

    static DemoEnvelope of(DemoPerson from, DemoPerson to, String subject, Instant date, String messageId) {
        return new DemoEnvelope(from, List.of(to), List.of(), subject, date, messageId, List.of(), Map.of());
    }

    DemoEnvelope withCc(List<DemoPerson> copies) {
        return new DemoEnvelope(from, to, copies, subject, date, messageId, references, extraHeaders);
    }

    DemoEnvelope withHeaders(Map<String, String> headers) {
        return new DemoEnvelope(from, to, cc, subject, date, messageId, references, headers);
    }

    String inReplyTo() {
        return references.isEmpty() ? null : references.get(references.size() - 1);
    }

    /**
     * A reply as RFC 5322 section 3.6.4 describes it: the parent's References (or its In-Reply-To) followed by
     * the parent's Message-ID, and one "Re: " however deep the thread goes.
     */
    DemoEnvelope reply(DemoPerson sender, List<DemoPerson> recipients, Instant when, String newMessageId) {
        List<String> chain = new ArrayList<>(references);
        chain.add(messageId);
        String base = subject.startsWith("Re: ") ? subject : "Re: " + subject;
        return new DemoEnvelope(sender, recipients, cc, base, when, newMessageId, chain, Map.of());
    }
}
