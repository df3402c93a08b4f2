package org.webmail.remotecontent;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/** Checks a proxy link and fetches its image, counting what became of each request. */
@ApplicationScoped
public class RemoteImageService {

    private static final Logger LOG = Logger.getLogger(RemoteImageService.class);

    @Inject
    RemoteImageLinks links;

    @Inject
    ImageFetcher fetcher;

    @Inject
    MeterRegistry meters;

    /** The outcome, and for {@link Outcome#FETCHED} the image. */
    record Answer(Outcome outcome, ImageFetcher.Image image) {
    }

    Answer image(String url, Long expires, String sig) {
        if (!links.verify(url, expires, sig)) {
            return counted(new Answer(Outcome.BAD_SIGNATURE, null));
        }
        try {
            return counted(new Answer(Outcome.FETCHED, fetcher.fetch(new URI(url))));
        } catch (URISyntaxException e) {
            return counted(new Answer(Outcome.REFUSED_URL, null));
        } catch (RefusedImage refused) {
            // The URL stays out of the log: it is from someone's mail and often identifies them.
            LOG.debugf("Remote image refused (%s): %s", refused.outcome.tag, refused.getMessage());
            return counted(new Answer(refused.outcome, null));
        }
    }

    private Answer counted(Answer answer) {
        meters.counter("webmail.remote.images", "outcome", answer.outcome().tag).increment();
        return answer;
    }
}
