/**
 * Tasks, deadlines and recurring obligations: the work other modules raise and people owe by a
 * date, the obligation calendar that creates one task per period, and the iCalendar feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks and obligations",
        allowedDependencies = {"identity", "shared"})
package io.vigil.task;
