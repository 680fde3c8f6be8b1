package io.vigil.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An evidence item of a control: a file reference, a link or a text, valid for a while. */
@Entity
@Table(name = "cmp_evidence")
public class Evidence {

    public enum Kind { FILE, LINK, TEXT }

    @Id
    private UUID id;

    @Column(name = "control_id", nullable = false)
    private UUID controlId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String title;

    private String content;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Evidence() {
    }

    public Evidence(UUID id, UUID controlId, Kind kind, String title, String content, LocalDate collectedOn,
            LocalDate validUntil, Instant now) {
        this.id = id;
        this.controlId = controlId;
        this.kind = kind;
        this.title = title;
        this.content = content;
        this.collectedOn = collectedOn;
        this.validUntil = validUntil;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID controlId() { return controlId; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String content() { return content; }
    public LocalDate collectedOn() { return collectedOn; }
    public LocalDate validUntil() { return validUntil; }
}
