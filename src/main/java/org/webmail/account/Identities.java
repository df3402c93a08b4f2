package org.webmail.account;

import java.util.List;
import java.util.Optional;

/** A user's From identities. Every user has at least one: the first is made from their mail address. */
public interface Identities {

    /** All identities of the user, the default one first. */
    List<Identity> of(String login);

    /** One of the user's own identities; empty for an id that is not theirs (the server refuses other From addresses). */
    Optional<Identity> find(String login, long identityId);
}
