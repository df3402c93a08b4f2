package org.webmail.compose.smtp;

/** One submission server as a send attempt uses it. */
record Relay(String host, int port, SmtpSettings.Security security, boolean backup) {

    /** As the delivery log shows it: "smtp.example.org:587", with "(backup)" for the second relay. */
    String label() {
        return host + ":" + port + (backup ? " (backup)" : "");
    }
}
