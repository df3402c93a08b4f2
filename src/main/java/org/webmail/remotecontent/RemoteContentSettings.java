package org.webmail.remotecontent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the remote image proxy (see docs/adr/0017-remote-content-proxy.md). */
@ConfigMapping(prefix = "webmail.remote-content")
public interface RemoteContentSettings {

    /** Ports a remote image may be fetched from; other ports are how internal services get probed. */
    @WithDefault("80,443")
    List<Integer> allowedPorts();

    /** {@code host:port} pairs that may be non-public addresses (an internal image server, a test server). */
    Optional<List<String>> allowedPrivateHosts();

    /** Redirects followed per image, each target checked like the first. */
    @WithDefault("3")
    int maxRedirects();

    /** Largest image passed on, in bytes. */
    @WithDefault("5242880")
    long maxBytes();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest silence while reading an answer. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Longest one image may take in all: resolving, connecting, redirects and reading. */
    @WithDefault("20s")
    Duration totalTimeout();

    /** How long a signed image link holds; the body frame writes fresh links each time it is shown. */
    @WithDefault("12h")
    Duration linkLifetime();

    /** How long the reader's browser may keep a proxied image ({@code Cache-Control: private}). */
    @WithDefault("1h")
    Duration browserCache();
}
