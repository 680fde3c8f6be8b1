/**
 * Files that records carry (evidence, supplier certificates, questionnaire answers, test reports):
 * stored once, hashed, and handed back only to a module that has already checked its own access rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage", allowedDependencies = {"shared"})
package io.vigil.storage;
