package io.vigil.task;

/**
 * Published by a module when a record reaches a state that fulfils the tasks tracking it (a finding
 * fixed, a review approved). The task module closes those tasks in the publisher's transaction.
 */
public record RelatedRecordFulfilled(RelatedRecord related, String note) {
}
