package io.vigil.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRuleRepository extends JpaRepository<ReminderRule, String> {
}
