package io.vigil.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that anyone may call without a permission (login page, token endpoint). Every
 * other handler must carry {@code @PreAuthorize}; an architecture test enforces one or the other.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {

    /** Why this endpoint needs no permission. */
    String value();
}
