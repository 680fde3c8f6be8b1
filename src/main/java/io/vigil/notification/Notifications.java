package io.vigil.notification;

import java.util.UUID;

/**
 * Lets any module notify a user: the message is rendered from message keys in the recipient's
 * language, stored in their in-app inbox and e-mailed according to their preference for the kind.
 */
public interface Notifications {

    /**
     * @param kind       the kind the user's preference is looked up by ({@code FINDING_SLA})
     * @param subjectKey message key of the subject; {@code bodyKey} of the body; both take {@code args}
     * @param link       a path inside Vigil ({@code /tasks}) or {@code null}
     */
    void notify(UUID recipientId, String kind, String subjectKey, String bodyKey, Object[] args, String link);
}
