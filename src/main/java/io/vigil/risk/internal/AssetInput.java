package io.vigil.risk.internal;

import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An asset's JSON body onto a base (empty for a creation, the current values for a PATCH). */
public final class AssetInput {

    public record Parsed(AssetData data, Long version) {
    }

    static final List<String> FIELDS = List.of("code", "name", "type", "description", "orgUnitId", "siteUnitId",
            "ownerUserId", "custodianUserId", "confidentiality", "integrity", "availability", "dataClassification",
            "personalInformation", "hostnames", "ipAddresses", "urls", "dependsOn", "suppliers", "version");

    private AssetInput() {
    }

    public static Parsed merge(AssetData b, Map<String, Object> body) {
        JsonInput in = new JsonInput(body, FIELDS);
        AssetData data = new AssetData(in.text("code", b.code()), in.text("name", b.name()),
                in.enumValue("type", b.type(), AssetType.class), in.text("description", b.description()),
                in.uuid("orgUnitId", b.orgUnitId()), in.uuid("siteUnitId", b.siteUnitId()),
                in.uuid("ownerUserId", b.ownerUserId()), in.uuid("custodianUserId", b.custodianUserId()),
                in.integer("confidentiality", b.confidentiality()), in.integer("integrity", b.integrity()),
                in.integer("availability", b.availability()),
                in.enumValue("dataClassification", b.dataClassification(), DataClassification.class),
                in.enumValue("personalInformation", b.personalInformation(), PersonalInformation.class),
                in.list("hostnames", b.hostnames(), s -> s), in.list("ipAddresses", b.ipAddresses(), s -> s),
                in.list("urls", b.urls(), s -> s), in.list("dependsOn", b.dependsOn(), UUID::fromString),
                suppliers(in, b.suppliers()));
        Long version = in.version();
        in.throwIfAny();
        return new Parsed(data, version);
    }

    /** {@code [{"name": "...", "id": "uuid-or-null"}]}, or plain names. */
    private static List<SupplierLink> suppliers(JsonInput in, List<SupplierLink> current) {
        if (!in.has("suppliers")) {
            return current;
        }
        Object raw = in.raw("suppliers");
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> items)) {
            in.problem("suppliers", "risk.error.format");
            return current;
        }
        List<SupplierLink> result = new ArrayList<>();
        for (Object item : items) {
            try {
                if (item instanceof String name) {
                    result.add(new SupplierLink(name.strip(), null));
                } else if (item instanceof Map<?, ?> map) {
                    Object id = map.get("id");
                    result.add(new SupplierLink(map.get("name") == null ? null : String.valueOf(map.get("name")).strip(),
                            id == null || String.valueOf(id).isBlank() ? null : UUID.fromString(String.valueOf(id))));
                } else {
                    in.problem("suppliers", "risk.error.format");
                }
            } catch (IllegalArgumentException e) {
                in.problem("suppliers", "risk.error.format");
            }
        }
        return result;
    }
}
