package io.vigil.risk.internal;

import java.util.List;
import java.util.Set;

/** The file layout shared by import and export, so that an export can be imported again. */
public final class AssetColumns {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String DESCRIPTION = "description";
    public static final String ORG_UNIT_CODE = "org_unit_code";
    public static final String SITE_CODE = "site_code";
    public static final String OWNER = "owner_username";
    public static final String CUSTODIAN = "custodian_username";
    public static final String CONFIDENTIALITY = "confidentiality";
    public static final String INTEGRITY = "integrity";
    public static final String AVAILABILITY = "availability";
    public static final String DATA_CLASSIFICATION = "data_classification";
    public static final String PERSONAL_INFORMATION = "personal_information";
    public static final String HOSTNAMES = "hostnames";
    public static final String IP_ADDRESSES = "ip_addresses";
    public static final String URLS = "urls";
    public static final String DEPENDS_ON = "depends_on";
    public static final String SUPPLIERS = "suppliers";

    public static final List<String> ALL = List.of(CODE, NAME, TYPE, DESCRIPTION, ORG_UNIT_CODE, SITE_CODE, OWNER,
            CUSTODIAN, CONFIDENTIALITY, INTEGRITY, AVAILABILITY, DATA_CLASSIFICATION, PERSONAL_INFORMATION, HOSTNAMES,
            IP_ADDRESSES, URLS, DEPENDS_ON, SUPPLIERS);

    public static final Set<String> REQUIRED = Set.of(CODE, NAME, TYPE, ORG_UNIT_CODE, CONFIDENTIALITY, INTEGRITY,
            AVAILABILITY);

    /** Multi-valued cells separate their values with this. */
    public static final String SEPARATOR = ";";

    private AssetColumns() {
    }

    static String forField(String field) {
        return switch (field) {
            case "orgUnitId" -> ORG_UNIT_CODE;
            case "siteUnitId" -> SITE_CODE;
            case "ownerUserId" -> OWNER;
            case "custodianUserId" -> CUSTODIAN;
            case "dataClassification" -> DATA_CLASSIFICATION;
            case "personalInformation" -> PERSONAL_INFORMATION;
            case "ipAddresses" -> IP_ADDRESSES;
            case "dependsOn" -> DEPENDS_ON;
            default -> field;
        };
    }
}
