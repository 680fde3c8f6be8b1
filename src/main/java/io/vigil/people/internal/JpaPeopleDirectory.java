package io.vigil.people.internal;

import io.vigil.people.PeopleDirectory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not scoped by {@code DataScope} on purpose: this is a system look-up (for example the reminder
 * job escalating to an overdue owner's manager), not a read that shows anyone a record, and the
 * manager may sit in a unit the caller — often no one — cannot see.
 */
@Service
@Transactional(readOnly = true)
class JpaPeopleDirectory implements PeopleDirectory {

    private final EmployeeRepository employees;

    JpaPeopleDirectory(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    public Optional<UUID> managerAccountOf(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return employees.findManagerAccountOf(userId).stream().findFirst();
    }
}
