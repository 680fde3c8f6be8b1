/**
 * Supplier lifecycle (SRM): the supplier register with credit-code checks, categories, contacts and
 * criticality; classification with a server-enforced transition table and approvals; import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suppliers",
        allowedDependencies = {"identity", "audit", "task", "notification", "storage", "shared"})
package io.vigil.supplier;
