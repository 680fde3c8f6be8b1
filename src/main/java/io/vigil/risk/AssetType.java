package io.vigil.risk;

/** What kind of thing an asset is. */
public enum AssetType {
    INFORMATION, APPLICATION, SERVER, NETWORK_DEVICE, STORAGE, DATA_CENTRE_FACILITY, CLOUD_SERVICE, ENDPOINT,
    SUPPLIER_SERVICE
}
