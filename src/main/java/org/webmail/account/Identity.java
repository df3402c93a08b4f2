package org.webmail.account;

/**
 * A From identity of a user: who their mail says it is from, and the signature that goes with it.
 *
 * @param replyTo        an optional Reply-To address, else null
 * @param signatureText  plain-text signature (without the "-- " separator line), may be empty
 * @param signatureHtml  HTML signature (sanitised when saved), may be empty
 */
public record Identity(long id, String name, String address, String replyTo, String signatureText, String signatureHtml,
                       boolean isDefault) {
}
