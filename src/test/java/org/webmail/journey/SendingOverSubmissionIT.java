package org.webmail.journey;

import org.webmail.interop.DovecotTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Sending through the real Postfix on submission (10587) with STARTTLS required. */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = {@ResourceArg(name = "security", value = "TLS"),
        @ResourceArg(name = "smtp", value = "STARTTLS")})
class SendingOverSubmissionIT extends SendingOverPostfix {
}
