package io.vigil.identity.internal;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.OrgUnitView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A node of the organisation tree. {@code path} is the materialised chain of ids from the root
 * ({@code /root-id/child-id/}), so "this unit and its descendants" is one indexed prefix query.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_zh")
    private String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitType type;

    @Column(nullable = false)
    private String path;

    @Version
    private long version;

    protected OrgUnit() {
    }

    private OrgUnit(UUID id, OrgUnit parent, String code, String name, String nameZh, OrgUnitType type) {
        this.id = id;
        this.parentId = parent == null ? null : parent.id;
        this.code = code;
        this.name = name;
        this.nameZh = nameZh;
        this.type = type;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public static OrgUnit root(String code, String name, String nameZh) {
        return new OrgUnit(UUID.randomUUID(), null, code, name, nameZh, OrgUnitType.GROUP);
    }

    public static OrgUnit child(OrgUnit parent, String code, String name, String nameZh, OrgUnitType type) {
        return new OrgUnit(UUID.randomUUID(), parent, code, name, nameZh, type);
    }

    public void rename(String name, String nameZh) {
        this.name = name;
        this.nameZh = nameZh;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public OrgUnitView toView() {
        return new OrgUnitView(id, parentId, code, name, nameZh, type, depth());
    }

    public UUID getId() {
        return id;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameZh() {
        return nameZh;
    }

    public OrgUnitType getType() {
        return type;
    }

    public String getPath() {
        return path;
    }

    public long getVersion() {
        return version;
    }
}
