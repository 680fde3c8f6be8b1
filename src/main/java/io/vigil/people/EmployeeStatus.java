package io.vigil.people;

/** Where an employee stands; {@code LEFT} always comes with a leave date. */
public enum EmployeeStatus {
    ACTIVE, ON_LEAVE, LEFT
}
