package org.webmail.journey;

import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The reading journeys against the in-process GreenMail. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ReadingMailJourneyTest extends ReadingMailJourney {
}
