package io.vigil.identity.web;

import io.vigil.shared.web.VigilException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the current user's language for flash messages after a redirect. */
@Component
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String text(String key, Object... args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    String text(VigilException e) {
        return text(e.messageKey(), e.arguments());
    }
}
