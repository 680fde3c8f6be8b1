package io.vigil.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who holds a role where: for work addressed to "a role within an org unit" (tasks anyone holding
 * the role may take, escalations). An assignment on an ancestor with descendants counts as holding
 * the role in every unit below it.
 */
public interface RoleHolders {

    /** Active users holding {@code role} in {@code orgUnitId}, directly or through an ancestor's assignment. */
    List<UserSummary> holdersOf(Role role, UUID orgUnitId);

    /** Every {@code ROLE:unit-id} pair the user holds, subtrees expanded: see {@link #candidateKey}. */
    Set<String> candidateKeys(UUID userId);

    static String candidateKey(Role role, UUID orgUnitId) {
        return role.name() + ":" + orgUnitId;
    }
}
