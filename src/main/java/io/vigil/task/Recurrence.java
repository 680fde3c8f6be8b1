package io.vigil.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recurrence in the documented subset of iCalendar RRULE (RFC 5545 §3.3.10): {@code FREQ} (DAILY,
 * WEEKLY, MONTHLY, YEARLY), {@code INTERVAL}, {@code BYDAY} (plain weekdays, with WEEKLY) and
 * {@code BYMONTHDAY} (1..31 or -1..-31 counted from the month's end, with MONTHLY), anchored at a
 * start date (DTSTART). As in RFC 5545, a month day a month does not have is skipped (use -1 for
 * "last day"), and 29 February recurs yearly only in leap years. Anything else is rejected with a
 * message that names the part at fault.
 */
public final class Recurrence {

    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final Frequency frequency;
    private final int interval;
    private final Set<DayOfWeek> byDay;
    private final TreeSet<Integer> byMonthDay;
    private final LocalDate start;

    private Recurrence(Frequency frequency, int interval, Set<DayOfWeek> byDay, TreeSet<Integer> byMonthDay,
            LocalDate start) {
        this.frequency = frequency;
        this.interval = interval;
        this.byDay = byDay;
        this.byMonthDay = byMonthDay;
        this.start = start;
    }

    /** Parses {@code rule} (with or without the {@code RRULE:} prefix); throws {@link IllegalArgumentException} naming the bad part. */
    public static Recurrence parse(String rule, LocalDate start) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("empty rule");
        }
        if (start == null) {
            throw new IllegalArgumentException("no start date");
        }
        String text = rule.trim().toUpperCase(java.util.Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("'" + part + "' is not NAME=VALUE");
            }
            if (parts.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(part.substring(0, eq) + " appears twice");
            }
        }
        Frequency frequency;
        String freq = required(parts, "FREQ");
        try {
            frequency = Frequency.valueOf(freq);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        int interval = 1;
        Set<DayOfWeek> byDay = EnumSet.noneOf(DayOfWeek.class);
        TreeSet<Integer> byMonthDay = new TreeSet<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            switch (part.getKey()) {
                case "FREQ" -> { }
                case "INTERVAL" -> interval = parseInt(part.getValue(), "INTERVAL", 1, 1000);
                case "BYDAY" -> {
                    if (frequency != Frequency.WEEKLY) {
                        throw new IllegalArgumentException("BYDAY is supported with FREQ=WEEKLY only");
                    }
                    for (String day : part.getValue().split(",")) {
                        DayOfWeek dow = DAYS.get(day);
                        if (dow == null) {
                            throw new IllegalArgumentException("BYDAY value '" + day + "' is not one of MO..SU");
                        }
                        byDay.add(dow);
                    }
                }
                case "BYMONTHDAY" -> {
                    if (frequency != Frequency.MONTHLY) {
                        throw new IllegalArgumentException("BYMONTHDAY is supported with FREQ=MONTHLY only");
                    }
                    for (String day : part.getValue().split(",")) {
                        int value = parseInt(day, "BYMONTHDAY", -31, 31);
                        if (value == 0) {
                            throw new IllegalArgumentException("BYMONTHDAY value 0 is not a day");
                        }
                        byMonthDay.add(value);
                    }
                }
                default -> throw new IllegalArgumentException(part.getKey() + " is not supported");
            }
        }
        if (byDay.isEmpty() && frequency == Frequency.WEEKLY) {
            byDay.add(start.getDayOfWeek());
        }
        if (byMonthDay.isEmpty() && frequency == Frequency.MONTHLY) {
            byMonthDay.add(start.getDayOfMonth());
        }
        return new Recurrence(frequency, interval, byDay, byMonthDay, start);
    }

    /** Occurrences in {@code [from, to]}, in order, never before the start date. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> found = new ArrayList<>();
        LocalDate lower = from.isBefore(start) ? start : from;
        if (to.isBefore(lower)) {
            return found;
        }
        switch (frequency) {
            case DAILY -> {
                long first = ceilStep(ChronoUnit.DAYS.between(start, lower));
                for (LocalDate d = start.plusDays(first); !d.isAfter(to); d = d.plusDays(interval)) {
                    found.add(d);
                }
            }
            case WEEKLY -> {
                LocalDate startWeek = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate lowerWeek = lower.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long first = ceilStep(ChronoUnit.WEEKS.between(startWeek, lowerWeek));
                for (LocalDate week = startWeek.plusWeeks(first); !week.isAfter(to); week = week.plusWeeks(interval)) {
                    for (DayOfWeek day : byDay) {
                        addIfWithin(found, week.with(TemporalAdjusters.nextOrSame(day)), lower, to);
                    }
                }
            }
            case MONTHLY -> {
                YearMonth startMonth = YearMonth.from(start);
                long first = ceilStep(ChronoUnit.MONTHS.between(startMonth, YearMonth.from(lower)));
                for (YearMonth month = startMonth.plusMonths(first); !month.atDay(1).isAfter(to);
                        month = month.plusMonths(interval)) {
                    TreeSet<LocalDate> days = new TreeSet<>();
                    for (int day : byMonthDay) {
                        int dayOfMonth = day > 0 ? day : month.lengthOfMonth() + day + 1;
                        if (dayOfMonth >= 1 && dayOfMonth <= month.lengthOfMonth()) {
                            days.add(month.atDay(dayOfMonth));
                        }
                    }
                    days.forEach(d -> addIfWithin(found, d, lower, to));
                }
            }
            case YEARLY -> {
                long first = ceilStep(Math.max(0, lower.getYear() - start.getYear()));
                for (int year = start.getYear() + (int) first; year <= to.getYear(); year += interval) {
                    if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
                        continue;
                    }
                    addIfWithin(found, start.withYear(year), lower, to);
                }
            }
            default -> throw new IllegalStateException();
        }
        return found;
    }

    public Frequency frequency() {
        return frequency;
    }

    public int interval() {
        return interval;
    }

    /** The rule in canonical RRULE form, as written to the {@code .ics} feed. */
    public String toRule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (frequency == Frequency.WEEKLY) {
            rule.append(";BYDAY=").append(String.join(",", byDay.stream()
                    .map(d -> d.name().substring(0, 2)).toList()));
        }
        if (frequency == Frequency.MONTHLY) {
            rule.append(";BYMONTHDAY=").append(String.join(",", byMonthDay.stream().map(String::valueOf).toList()));
        }
        return rule.toString();
    }

    /** The named cadences of the obligation form, as rules. */
    public static String weeklyOn(DayOfWeek day) {
        return "FREQ=WEEKLY;BYDAY=" + day.name().substring(0, 2);
    }

    public static String monthlyOn(int dayOfMonth) {
        return "FREQ=MONTHLY;BYMONTHDAY=" + dayOfMonth;
    }

    public static String quarterlyOn(int dayOfMonth) {
        return "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=" + dayOfMonth;
    }

    public static String yearly() {
        return "FREQ=YEARLY";
    }

    public static String daily() {
        return "FREQ=DAILY";
    }

    private long ceilStep(long units) {
        return units <= 0 ? 0 : ((units + interval - 1) / interval) * interval;
    }

    private static void addIfWithin(List<LocalDate> found, LocalDate day, LocalDate from, LocalDate to) {
        if (!day.isBefore(from) && !day.isAfter(to)) {
            found.add(day);
        }
    }

    private static String required(Map<String, String> parts, String name) {
        String value = parts.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static int parseInt(String value, String name, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " value '" + value + "' is not a number");
        }
    }
}
