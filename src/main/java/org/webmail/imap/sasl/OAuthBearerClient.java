package org.webmail.imap.sasl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;

/**
 * The client side of SASL OAUTHBEARER (RFC 7628). It sends one message, the initial response of section 3.1:
 * <pre>n,a=alice@example.org,^Ahost=imap.example.org^Aport=993^Aauth=Bearer &lt;token&gt;^A^A</pre>
 * If the server refuses the token it sends a JSON error as a challenge; the client must answer with a single ^A
 * and the server then ends the exchange with a failure (section 3.2.3). Jakarta Mail fills the user and the token
 * in through the callback handler as user name and password.
 */
final class OAuthBearerClient implements SaslClient {

    private enum State { INITIAL, SENT, ANSWERED_ERROR }

    private static final byte SEPARATOR = 0x01;

    private final String authorizationId;
    private final String host;
    private final String port;
    private final CallbackHandler callbacks;
    private State state = State.INITIAL;

    /**
     * @param authorizationId the user, or null to ask the callback handler for it
     * @param host            the server's host name, or null to leave it out
     * @param port            the server's port, or null to leave it out
     */
    OAuthBearerClient(String authorizationId, String host, String port, CallbackHandler callbacks) {
        this.authorizationId = authorizationId;
        this.host = host;
        this.port = port;
        this.callbacks = callbacks;
    }

    @Override
    public String getMechanismName() {
        return OAuthBearerClientFactory.MECHANISM;
    }

    /** Always: the whole message goes first, inline with SASL-IR (RFC 4959) or after the server's empty "+". */
    @Override
    public boolean hasInitialResponse() {
        return true;
    }

    @Override
    public byte[] evaluateChallenge(byte[] challenge) throws SaslException {
        switch (state) {
            case INITIAL -> {
                state = State.SENT;
                return initialResponse();
            }
            case SENT -> {
                // The challenge is the server's error, e.g. {"status":"invalid_token"}: acknowledge it so the server can fail.
                state = State.ANSWERED_ERROR;
                return new byte[]{SEPARATOR};
            }
            default -> throw new SaslException("OAUTHBEARER: the server went on after its error");
        }
    }

    /** Complete once the server's error was answered; a success ends the exchange before that, with no more challenges. */
    @Override
    public boolean isComplete() {
        return state == State.ANSWERED_ERROR;
    }

    @Override
    public byte[] unwrap(byte[] incoming, int offset, int len) {
        throw new IllegalStateException("OAUTHBEARER has no security layer");
    }

    @Override
    public byte[] wrap(byte[] outgoing, int offset, int len) {
        throw new IllegalStateException("OAUTHBEARER has no security layer");
    }

    @Override
    public Object getNegotiatedProperty(String propName) {
        if (!isComplete()) {
            throw new IllegalStateException("OAUTHBEARER exchange not complete");
        }
        return null; // no quality of protection or other negotiated property
    }

    @Override
    public void dispose() {
        // nothing held: the token lives only while the initial response is built
    }

    private byte[] initialResponse() throws SaslException {
        NameCallback name = new NameCallback("user");
        PasswordCallback token = new PasswordCallback("access token", false);
        try {
            callbacks.handle(new Callback[]{name, token});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new SaslException("OAUTHBEARER: no user or token available", e);
        }
        char[] secret = token.getPassword();
        token.clearPassword();
        String user = authorizationId != null && !authorizationId.isEmpty() ? authorizationId : name.getName();
        if (user == null || secret == null || secret.length == 0) {
            throw new SaslException("OAUTHBEARER: no user or token available");
        }
        StringBuilder head = new StringBuilder("n,a=").append(saslName(user)).append(',').append((char) SEPARATOR);
        if (host != null && !host.isEmpty()) {
            head.append("host=").append(host).append((char) SEPARATOR);
        }
        if (port != null && !port.isEmpty()) {
            head.append("port=").append(port).append((char) SEPARATOR);
        }
        head.append("auth=Bearer ");
        ByteBuffer tokenBytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        Arrays.fill(secret, '\0');
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[headBytes.length + tokenBytes.remaining() + 2];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        int tokenLength = tokenBytes.remaining();
        tokenBytes.get(message, headBytes.length, tokenLength);
        Arrays.fill(tokenBytes.array(), (byte) 0);
        message[message.length - 2] = SEPARATOR;
        message[message.length - 1] = SEPARATOR;
        return message;
    }

    /** The GS2 header's saslname (RFC 5801 section 4): "," and "=" in the user are written =2C and =3D. */
    static String saslName(String user) {
        return user.replace("=", "=3D").replace(",", "=2C");
    }
}
