package org.webmail.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Demo mode: an in-process mail server with a seeded mailbox, switched on by the {@code demo} profile
 * (and so by dev mode, whose parent profile is demo). The login page may show {@link #username()} and
 * {@link #password()} when {@link #enabled()}.
 */
@ConfigMapping(prefix = "webmail.demo")
public interface DemoMode {

    /** Whether to start the demo mail server at application startup. */
    @WithDefault("false")
    boolean enabled();

    /** IMAP port of the demo server, bound to 127.0.0.1 only. */
    @WithDefault("3143")
    int imapPort();

    /** SMTP port of the demo server, bound to 127.0.0.1 only. */
    @WithDefault("3025")
    int smtpPort();

    /** The one demo account; users sign in with this e-mail address. */
    @WithDefault("demo@example.test")
    String username();

    @WithDefault("demo")
    String password();
}
