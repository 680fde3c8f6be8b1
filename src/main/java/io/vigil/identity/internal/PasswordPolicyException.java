package io.vigil.identity.internal;

import io.vigil.shared.web.VigilException;
import org.springframework.http.HttpStatus;

/** A password the policy refuses; the message key says which rule, with the minimum length as argument. */
public class PasswordPolicyException extends VigilException {

    public PasswordPolicyException(String messageKey) {
        super(HttpStatus.BAD_REQUEST, "password-policy", messageKey, PasswordPolicy.MIN_LENGTH);
    }
}
