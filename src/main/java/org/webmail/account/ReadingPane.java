package org.webmail.account;

/** Where an opened message shows on a wide screen: beside the list, below it, or on a page of its own. */
public enum ReadingPane {
    RIGHT, BOTTOM, OFF
}
