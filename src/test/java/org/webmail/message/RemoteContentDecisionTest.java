package org.webmail.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.account.RemoteContentPolicy.ASK;
import static org.webmail.account.RemoteContentPolicy.NEVER;
import static org.webmail.account.RemoteContentPolicy.TRUSTED;
import static org.webmail.message.RemoteContentDecision.BLOCKED_BY_SETTINGS;
import static org.webmail.message.RemoteContentDecision.BLOCKED_WITH_OFFER;
import static org.webmail.message.RemoteContentDecision.SHOWN_FOR_TRUSTED_SENDER;
import static org.webmail.message.RemoteContentDecision.SHOWN_ON_REQUEST;

import org.junit.jupiter.api.Test;
import org.webmail.message.render.RemoteContent;

class RemoteContentDecisionTest {

    @Test
    void neverLoadsRemoteContentWhateverTheReaderAsksOrTrusts() {
        assertEquals(BLOCKED_BY_SETTINGS, RemoteContentDecision.decide(NEVER, false, false));
        assertEquals(BLOCKED_BY_SETTINGS, RemoteContentDecision.decide(NEVER, false, true));
        assertEquals(BLOCKED_BY_SETTINGS, RemoteContentDecision.decide(NEVER, true, true));
    }

    @Test
    void askOffersFirstAndShowsWhenTheReaderAsks() {
        assertEquals(BLOCKED_WITH_OFFER, RemoteContentDecision.decide(ASK, false, false));
        assertEquals(SHOWN_ON_REQUEST, RemoteContentDecision.decide(ASK, false, true));
    }

    @Test
    void askIgnoresTheTrustedListSoTheReaderIsAskedEachTime() {
        assertEquals(BLOCKED_WITH_OFFER, RemoteContentDecision.decide(ASK, true, false));
    }

    @Test
    void trustedShowsATrustedSenderAtOnceAndAsksForOthers() {
        assertEquals(SHOWN_FOR_TRUSTED_SENDER, RemoteContentDecision.decide(TRUSTED, true, false));
        assertEquals(SHOWN_FOR_TRUSTED_SENDER, RemoteContentDecision.decide(TRUSTED, true, true));
        assertEquals(BLOCKED_WITH_OFFER, RemoteContentDecision.decide(TRUSTED, false, false));
        assertEquals(SHOWN_ON_REQUEST, RemoteContentDecision.decide(TRUSTED, false, true));
    }

    @Test
    void onlyTheShowingDecisionsLetTheSanitiserKeepRemoteImages() {
        assertTrue(SHOWN_FOR_TRUSTED_SENDER.shows());
        assertTrue(SHOWN_ON_REQUEST.shows());
        assertFalse(BLOCKED_WITH_OFFER.shows());
        assertFalse(BLOCKED_BY_SETTINGS.shows());
        assertEquals(RemoteContent.ALLOW, SHOWN_ON_REQUEST.sanitising());
        assertEquals(RemoteContent.ALLOW, SHOWN_FOR_TRUSTED_SENDER.sanitising());
        assertEquals(RemoteContent.BLOCK, BLOCKED_WITH_OFFER.sanitising());
        assertEquals(RemoteContent.BLOCK, BLOCKED_BY_SETTINGS.sanitising());
    }

    @Test
    void showingIsMonotoneInTheReadersRequestSoTheFrameNeverLoadsLessThanThePagePromised() {
        // The page links its frame with ?remote=1 whenever it decided to show; the frame decides again with the
        // request set, which must show too.
        for (var policy : org.webmail.account.RemoteContentPolicy.values()) {
            for (boolean trusted : new boolean[] {false, true}) {
                if (RemoteContentDecision.decide(policy, trusted, false).shows()) {
                    assertTrue(RemoteContentDecision.decide(policy, trusted, true).shows(), policy + " trusted=" + trusted);
                }
            }
        }
    }
}
