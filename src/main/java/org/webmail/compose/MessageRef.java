package org.webmail.compose;

import jakarta.ws.rs.NotFoundException;

/** "{folder}/{uid}" as the compose links carry it; the folder may itself contain '/'. */
record MessageRef(String folder, long uid) {

    static MessageRef parse(String value) {
        int slash = value == null ? -1 : value.lastIndexOf('/');
        if (slash <= 0) {
            throw new NotFoundException("no such message: " + value);
        }
        try {
            return new MessageRef(value.substring(0, slash), Long.parseLong(value.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new NotFoundException("no such message: " + value);
        }
    }
}
