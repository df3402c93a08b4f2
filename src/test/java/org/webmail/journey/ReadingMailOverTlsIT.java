package org.webmail.journey;

import org.webmail.interop.DovecotTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The reading journeys against a real Dovecot over implicit TLS (port 10993 of the interop setup). */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "TLS"))
class ReadingMailOverTlsIT extends ReadingMailJourney {
}
