/**
 * Information-security risk management: the asset inventory (what we protect, how much it matters,
 * what it depends on) and the risk register (scenarios, scores, treatment, acceptance, reviews).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assets and risks",
        allowedDependencies = {"identity", "audit", "shared", "task"})
package io.vigil.risk;
