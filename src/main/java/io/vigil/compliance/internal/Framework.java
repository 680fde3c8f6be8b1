package io.vigil.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A framework: a shipped pack (upgraded by its revision) or an imported OSCAL catalog or profile. */
@Entity
@Table(name = "cmp_framework")
public class Framework {

    public enum Source { PACK, OSCAL }

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_zh")
    private String titleZh;

    @Column(name = "framework_version", nullable = false)
    private String frameworkVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "pack_revision", nullable = false)
    private int packRevision;

    @Column(name = "oscal_uuid")
    private String oscalUuid;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "based_on_id")
    private UUID basedOnId;

    @Column(name = "requirement_count", nullable = false)
    private int requirementCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Framework() {
    }

    public Framework(UUID id, String code, Source source, Instant now) {
        this.id = id;
        this.code = code;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String titleZh, String frameworkVersion, int packRevision, Instant now) {
        this.title = title;
        this.titleZh = titleZh;
        this.frameworkVersion = frameworkVersion;
        this.packRevision = packRevision;
        this.updatedAt = now;
    }

    public void oscalOrigin(String oscalUuid, String sourceFile, UUID basedOnId) {
        this.oscalUuid = oscalUuid;
        this.sourceFile = sourceFile;
        this.basedOnId = basedOnId;
    }

    public void counted(int requirementCount) {
        this.requirementCount = requirementCount;
    }

    public String displayTitle(Locale locale) {
        return "zh".equals(locale.getLanguage()) && titleZh != null ? titleZh : title;
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public String titleZh() { return titleZh; }
    public String frameworkVersion() { return frameworkVersion; }
    public Source source() { return source; }
    public int packRevision() { return packRevision; }
    public String oscalUuid() { return oscalUuid; }
    public String sourceFile() { return sourceFile; }
    public UUID basedOnId() { return basedOnId; }
    public int requirementCount() { return requirementCount; }
    public long version() { return version == null ? 0 : version; }
}
