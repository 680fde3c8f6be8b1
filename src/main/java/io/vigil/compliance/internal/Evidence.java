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

/** An evidence item of a control: a stored file, a link or a text, valid for a while. */
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

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256")
    private String fileSha256;

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

    /** The stored file of a FILE item: its id in the storage module and what lists show of it. */
    public void attach(UUID fileId, String fileName, long fileSize, String sha256) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.fileSha256 = sha256;
    }

    public UUID fileId() { return fileId; }
    public String fileName() { return fileName; }
    public Long fileSize() { return fileSize; }
    public String fileSha256() { return fileSha256; }
    public UUID id() { return id; }
    public UUID controlId() { return controlId; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String content() { return content; }
    public LocalDate collectedOn() { return collectedOn; }
    public LocalDate validUntil() { return validUntil; }
}
