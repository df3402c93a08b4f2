package org.webmail.imap;

import javax.net.ssl.SSLException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;

/** Turns why a connection could not be made into a sentence a user can act on (no stack traces on pages). */
final class ConnectFailures {

    private ConnectFailures() {
    }

    static MailServerUnavailableException unavailable(Throwable failure) {
        return new MailServerUnavailableException(describe(failure), failure);
    }

    static String describe(Throwable failure) {
        SignInStore.MechanismNotOffered notOffered = find(failure, SignInStore.MechanismNotOffered.class);
        if (notOffered != null) {
            return "The mail server does not offer the sign-in method this webmail is set up for (" + notOffered.capability() + ").";
        }
        if (causedBy(failure, UnknownHostException.class)) {
            return "The mail server cannot be reached right now (its address could not be found).";
        }
        if (causedBy(failure, ConnectException.class) || causedBy(failure, NoRouteToHostException.class)) {
            return "The mail server cannot be reached right now (it is not accepting connections).";
        }
        if (causedBy(failure, InterruptedIOException.class)) { // SocketTimeoutException is one
            return "The mail server cannot be reached right now (it did not answer in time).";
        }
        if (causedBy(failure, SSLException.class) || causedBy(failure, CertificateException.class)) {
            return "A secure connection to the mail server could not be established (certificate or TLS problem).";
        }
        return "The mail server cannot be reached right now.";
    }

    /** Walks the cause chain; a MessagingException's cause is its "next exception". */
    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
