package io.vigil.audit.web;

import io.vigil.audit.internal.AuditFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit page's filter form. Dates are whole days in UTC, both ends included. */
public class AuditFilterForm {

    private String entityType;
    private String entityId;
    private String actor;
    private String action;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;

    AuditFilter toFilter() {
        return new AuditFilter(entityType, entityId, actor, action,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The same filters as a link, at another page or to another path. */
    String link(String path, Integer targetPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        param(link, "entityType", entityType);
        param(link, "entityId", entityId);
        param(link, "actor", actor);
        param(link, "action", action);
        param(link, "from", from == null ? null : from.toString());
        param(link, "to", to == null ? null : to.toString());
        if (targetPage != null && targetPage > 0) {
            link.queryParam("page", targetPage);
        }
        return link.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.trim());
        }
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
