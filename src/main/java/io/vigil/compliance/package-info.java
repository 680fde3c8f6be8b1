/**
 * Compliance: frameworks as data (shipped packs and OSCAL imports), mappings between their
 * requirements, internal controls with tests and evidence, assessments and the Statement of
 * Applicability, certificates and MLPS filings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance",
        allowedDependencies = {"identity", "task", "shared", "storage", "risk"})
package io.vigil.compliance;
