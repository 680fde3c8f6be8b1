package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;

/**
 * One part of the SRM dashboard ({@code /suppliers/dashboard}, {@code GET /api/v1/suppliers/dashboard}).
 * Every Spring bean implementing it is shown, in {@link #order()}: the page renders
 * {@code ~{<template()> :: section(data)}} with the {@link #data} object, and the API answers it under
 * {@link #key()}. Adding a section (review scores, rectification deadlines, …) is one bean and one
 * template; nothing else changes.
 */
public interface DashboardSection {

    /** The property name in the API answer and the element id on the page (camelCase). */
    String key();

    /** Position on the page, lowest first; the built-in sections use 10, 20, 30 and 40. */
    int order();

    /** The Thymeleaf template holding the fragment {@code section(data)}, e.g. {@code supplier/dashboard/suppliers}. */
    String template();

    /**
     * The section's numbers for suppliers of the given units, computed with aggregate queries (no
     * query per row); serialised as JSON by the API and handed to the fragment as {@code data}.
     */
    Object data(VisibleUnits units, LocalDate today);
}
