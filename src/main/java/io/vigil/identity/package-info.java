/**
 * Identity and access: users, roles and permissions, org units, role assignments, login, MFA,
 * API tokens, and the central data scope every module filters its queries with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package io.vigil.identity;
