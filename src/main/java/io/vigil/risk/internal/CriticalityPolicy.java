package io.vigil.risk.internal;

import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;

/**
 * How critical an asset is (1 very low … 5 very high): the highest of its confidentiality,
 * integrity and availability ratings, raised by the data it holds, because the Data Security Law
 * and PIPL attach duties to the data whatever the ratings say:
 * core data → 5; important data or sensitive personal information → at least 4; other personal
 * information → at least 3.
 */
public final class CriticalityPolicy {

    private CriticalityPolicy() {
    }

    public static int criticality(int confidentiality, int integrity, int availability, DataClassification data,
            PersonalInformation personal) {
        int result = Math.max(confidentiality, Math.max(integrity, availability));
        if (data == DataClassification.CORE) {
            result = 5;
        } else if (data == DataClassification.IMPORTANT || personal == PersonalInformation.SENSITIVE) {
            result = Math.max(result, 4);
        } else if (personal == PersonalInformation.PERSONAL) {
            result = Math.max(result, 3);
        }
        return result;
    }
}
