package io.vigil.risk.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An asset as screens and the API show it, with names resolved. */
public record AssetView(UUID id, String code, String name, AssetType type, String description, OrgUnitView orgUnit,
        OrgUnitView site, UserRef owner, UserRef custodian, int confidentiality, int integrity, int availability,
        DataClassification dataClassification, PersonalInformation personalInformation, int criticality,
        List<String> hostnames, List<String> ipAddresses, List<String> urls, List<AssetRef> dependsOn,
        List<SupplierLink> suppliers, Instant createdAt, Instant updatedAt, long version) {

    /** Another asset, by code and name; {@code name} is null when it lies outside the reader's units. */
    public record AssetRef(UUID id, String code, String name) {
    }

    public AssetData toData() {
        return new AssetData(code, name, type, description, orgUnit.id(), site == null ? null : site.id(),
                owner == null ? null : owner.id(), custodian == null ? null : custodian.id(), confidentiality,
                integrity, availability, dataClassification, personalInformation, hostnames, ipAddresses, urls,
                dependsOn.stream().map(AssetRef::id).toList(), suppliers);
    }
}
