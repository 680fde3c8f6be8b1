package io.vigil.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A business error whose message is a message key, shown to the user in their language and
 * returned by the API as problem+json with the given status and type.
 */
public class VigilException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String messageKey;
    private final transient Object[] arguments;

    public VigilException(HttpStatus status, String type, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
