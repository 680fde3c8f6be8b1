package io.vigil.compliance.internal;

import java.util.List;

/**
 * What an OSCAL file holds once parsed: a catalog (groups and controls) or a profile (the catalog it
 * imports and the control ids it selects).
 */
public sealed interface OscalDocument {

    String uuid();

    String title();

    String version();

    record Catalog(String uuid, String title, String version, List<RequirementNode> groups) implements OscalDocument {
    }

    /** {@code includeAll} or {@code withIds}, minus {@code excludedIds}, from the catalog at {@code href}. */
    record Profile(String uuid, String title, String version, List<Import> imports) implements OscalDocument {
    }

    record Import(String href, boolean includeAll, List<String> withIds, List<String> excludedIds) {
    }
}
