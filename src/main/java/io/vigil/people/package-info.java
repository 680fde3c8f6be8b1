/**
 * The employee directory: who works here, in which org unit, in which position, reporting to whom,
 * and whether they still do. Imports and exports the directory as CSV or XLSX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = {"identity", "audit", "shared"})
package io.vigil.people;
