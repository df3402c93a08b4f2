package org.webmail.account;

/** Light or dark pages, or whatever the device's own setting says (prefers-color-scheme). */
public enum Theme {
    LIGHT, DARK, SYSTEM
}
