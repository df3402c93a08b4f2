package org.webmail.compose;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webmail.compose.smtp.Outbox;

/**
 * Limits what one user can send, so a stolen session or password does not turn the webmail into a spam cannon:
 * at most so many messages an hour (counted in the outbox table, so every replica and a restart see the same
 * count) and so many recipients (To, Cc and Bcc) per message. Over a limit the form is shown again, untouched.
 */
@ApplicationScoped
public class SendingLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Outbox outbox;
    private final int maxPerHour;
    private final int maxRecipients;
    Clock clock = Clock.systemUTC();

    @Inject
    public SendingLimits(Outbox outbox,
                         @ConfigProperty(name = "webmail.send.max-messages-per-hour") int maxPerHour,
                         @ConfigProperty(name = "webmail.send.max-recipients") int maxRecipients) {
        this.outbox = outbox;
        this.maxPerHour = maxPerHour;
        this.maxRecipients = maxRecipients;
    }

    /** Throws {@link ComposeProblem} when this message would go over a limit. */
    public void check(String login, int recipients) {
        if (recipients > maxRecipients) {
            throw new ComposeProblem(w -> w.tooManyRecipients(recipients, maxRecipients));
        }
        if (outbox.submittedSince(login, clock.instant().minus(HOUR)) >= maxPerHour) {
            throw new ComposeProblem(w -> w.tooManyMessages(maxPerHour));
        }
    }
}
