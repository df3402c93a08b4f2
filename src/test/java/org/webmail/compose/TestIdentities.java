package org.webmail.compose;

import java.util.List;
import java.util.Optional;

import org.webmail.account.Identities;
import org.webmail.account.Identity;

/** A fixed set of identities for one user, as the account package would return them. */
record TestIdentities(String login, List<Identity> identities) implements Identities {

    @Override
    public List<Identity> of(String user) {
        return user.equals(login) ? identities : List.of();
    }

    @Override
    public Optional<Identity> find(String user, long identityId) {
        return of(user).stream().filter(i -> i.id() == identityId).findFirst();
    }
}
