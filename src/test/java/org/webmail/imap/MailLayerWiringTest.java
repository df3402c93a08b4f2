package org.webmail.imap;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The mail layer as Quarkus wires it: configuration mappings, CDI beans, Micrometer meters. */
@QuarkusTest
@WithTestResource(GreenMailResource.class)
class MailLayerWiringTest {

    @Inject
    MailStore mailStore;

    @Inject
    MeterRegistry registry;

    @Test
    void the_injected_mail_store_reads_the_configured_server_and_records_its_latency() {
        assertEquals("INBOX", mailStore.folders(Mailboxes.ALICE_CREDENTIALS).get(0).path());

        assertNotNull(registry.find("webmail.imap.command").tag("operation", "folders").timer());
        assertEquals(1.0, registry.get("webmail.imap.connections.open").gauge().value());
        mailStore.retire(Mailboxes.ALICE);
        assertEquals(0.0, registry.get("webmail.imap.connections.open").gauge().value());
    }
}
