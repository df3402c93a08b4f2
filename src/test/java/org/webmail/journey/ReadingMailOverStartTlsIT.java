package org.webmail.journey;

import org.webmail.interop.DovecotTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The reading journeys against a real Dovecot over STARTTLS, which the webmail requires (port 10143). */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = @ResourceArg(name = "security", value = "STARTTLS"))
class ReadingMailOverStartTlsIT extends ReadingMailJourney {
}
