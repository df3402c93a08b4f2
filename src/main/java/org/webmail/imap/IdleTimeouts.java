package org.webmail.imap;

import java.net.SocketTimeoutException;

import org.eclipse.angus.mail.iap.Response;

/**
 * Angus turns a failed read into a synthetic BYE (IMAPProtocol.readIdleResponse), and a BYE given to the folder
 * closes it. During IDLE a read timeout with nothing read only means the server had nothing to say: IMAPFolder.idle
 * itself reads on after one, and so does the watcher.
 */
final class IdleTimeouts {

    private IdleTimeouts() {
    }

    static boolean quiet(Response response) {
        return response.isBYE() && response.isSynthetic()
                && response.getException() instanceof SocketTimeoutException timeout && timeout.bytesTransferred == 0;
    }
}
