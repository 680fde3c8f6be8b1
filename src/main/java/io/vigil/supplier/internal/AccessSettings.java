package io.vigil.supplier.internal;

import io.vigil.supplier.internal.AccessStages.Stage;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access-case settings ({@code vigil.supplier.access.*}): the default objection window of a shortlist
 * announcement in working days, how many committee votes a final selection needs before a decision,
 * and the days the stage owner's task is due after the case enters each stage.
 */
@ConfigurationProperties("vigil.supplier.access")
record AccessSettings(Integer objectionWindowDays, Integer committeeMinVotes, Map<Stage, Integer> stageDueDays) {

    static final Map<Stage, Integer> DEFAULT_DUE_DAYS = Map.of(Stage.QUALIFICATION_REVIEW, 10,
            Stage.ONSITE_INSPECTION, 20, Stage.INTERNAL_ASSESSMENT, 15, Stage.SHORTLIST_ANNOUNCEMENT, 10,
            Stage.FINAL_SELECTION, 10);

    AccessSettings {
        if (objectionWindowDays == null) {
            objectionWindowDays = 3;
        }
        if (committeeMinVotes == null) {
            committeeMinVotes = 1;
        }
        if (objectionWindowDays < 1 || objectionWindowDays > 30 || committeeMinVotes < 1) {
            throw new IllegalStateException("vigil.supplier.access: objection-window-days must be 1-30 and "
                    + "committee-min-votes at least 1");
        }
        Map<Stage, Integer> due = new EnumMap<>(DEFAULT_DUE_DAYS);
        if (stageDueDays != null) {
            due.putAll(stageDueDays);
        }
        stageDueDays = Map.copyOf(due);
    }

    int dueDays(Stage stage) {
        return stageDueDays.get(stage);
    }
}
