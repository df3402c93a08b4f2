package org.webmail.imap;

import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import org.eclipse.angus.mail.iap.ConnectionException;

import java.io.IOException;

/**
 * Tells a connection the server dropped (BYE, RFC 3501 section 7.1.5; a reset socket; a read timeout) from an answer
 * about the request itself. Only a drop is worth one retry on a fresh connection.
 */
final class ConnectionDrop {

    private ConnectionDrop() {
    }

    static boolean isDrop(Throwable failure) {
        if (failure instanceof IllegalStateException) {
            // Angus's Store refuses work with "Not connected" once it has noticed the connection is gone.
            return "Not connected".equalsIgnoreCase(failure.getMessage());
        }
        return ConnectFailures.causedBy(failure, FolderClosedException.class)
                || ConnectFailures.causedBy(failure, StoreClosedException.class)
                || ConnectFailures.causedBy(failure, ConnectionException.class) // a BYE, or an I/O error turned into one
                || ConnectFailures.causedBy(failure, IOException.class);
    }
}
