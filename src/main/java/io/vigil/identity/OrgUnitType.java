package io.vigil.identity;

/** Levels of the organisation tree: group → business unit or site → department. */
public enum OrgUnitType {
    GROUP, BUSINESS_UNIT, SITE, DEPARTMENT
}
