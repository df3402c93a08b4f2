package org.webmail.journey;

import org.webmail.interop.DovecotTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Sending through the real Postfix on implicit TLS (10465). */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = {@ResourceArg(name = "security", value = "TLS"),
        @ResourceArg(name = "smtp", value = "TLS")})
class SendingOverImplicitTlsIT extends SendingOverPostfix {
}
