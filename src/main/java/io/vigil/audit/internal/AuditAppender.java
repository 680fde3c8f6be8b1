package io.vigil.audit.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends every {@link AuditableEvent} to the chain synchronously, in the publisher's transaction
 * (or a new one when it has none), so a change and its record commit or roll back together. The
 * head row is locked first: concurrent appenders queue on it and the chain stays linear.
 */
@Component
class AuditAppender {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditAppender(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditableEvent event) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("AuditableEvent " + event.action() + " published in a read-only "
                    + "transaction: the audit record could not be written with the change");
        }
        append(event);
    }

    StoredEvent append(AuditableEvent event) {
        Objects.requireNonNull(event.action(), "AuditableEvent.action");
        Objects.requireNonNull(event.entityType(), "AuditableEvent.entityType");
        HttpServletRequest request = currentRequest();
        ActorResolver.Actor actor = ActorResolver.resolve(event.actor(), VigilPrincipal.current(), request != null);
        var head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                (rs, row) -> new AuditChainVerifier.ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")));
        StoredEvent stored = new StoredEvent(head.lastSeq() + 1, CanonicalForm.truncate(clock.instant()),
                clean(actor.name(), 200), actor.kind(), clean(event.action(), 60), clean(event.entityType(), 100),
                clean(event.entityId(), 100), event.orgUnitId(), clean(Objects.requireNonNullElse(event.summary(), ""), 1000),
                clean(ChangesJson.write(event.before(), event.after()), Integer.MAX_VALUE),
                request == null ? null : clean(request.getRemoteAddr(), 64), clean(requestId(request), 64), null, null,
                event.related() == null ? null : clean(event.related().type(), 100),
                event.related() == null ? null : clean(event.related().id(), 100))
                .chained(head.lastHash());
        jdbc.update("INSERT INTO audit_event (" + StoredEvents.COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.seq(), OffsetDateTime.ofInstant(stored.occurredAt(), ZoneOffset.UTC), stored.actor(),
                stored.actorKind(), stored.action(), stored.entityType(), stored.entityId(), stored.orgUnitId(),
                stored.summary(), stored.changes(), stored.clientIp(), stored.requestId(), stored.prevHash(),
                stored.hash(), stored.relatedType(), stored.relatedId());
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", stored.seq(), stored.hash());
        return stored;
    }

    /** The HTTP request being served, if any: one that came through the request id filter. */
    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(RequestIdFilter.ATTRIBUTE) != null
                ? attributes.getRequest() : null;
    }

    private static String requestId(HttpServletRequest request) {
        return request != null ? request.getAttribute(RequestIdFilter.ATTRIBUTE).toString() : MDC.get("requestId");
    }

    /**
     * What is hashed must be exactly what the database gives back: cut to the column size, no NUL
     * (PostgreSQL rejects it in text) and no lone surrogate (not representable in UTF-8).
     */
    static String clean(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\u0000", "");
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength);
        }
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
