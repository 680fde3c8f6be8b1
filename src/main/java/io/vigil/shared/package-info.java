/**
 * Shared kernel: the few types every module speaks (current principal, data scope, audit events,
 * API error and paging conventions, time). Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.vigil.shared;
