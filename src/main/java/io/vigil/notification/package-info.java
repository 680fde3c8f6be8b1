/**
 * Reminders, escalations and notifications: reminder rules per kind of deadline, the in-app inbox,
 * e-mail (immediate or daily digest) in the recipient's language, and per-user preferences.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"identity", "people", "shared", "task"})
package io.vigil.notification;
