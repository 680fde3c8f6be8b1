package io.vigil.notification;

/** How a user wants the e-mails of one kind: at once, in the daily digest, or not at all (unless mandatory). */
public enum DeliveryMode {
    IMMEDIATE, DIGEST, OFF
}
