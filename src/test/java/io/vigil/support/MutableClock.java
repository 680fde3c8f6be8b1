package io.vigil.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move instead of sleeping. Starts at the real time so database rows look normal;
 * tests about dates set it to a day with {@link #setDate}.
 */
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void advanceDays(long days) {
        advance(Duration.ofDays(days));
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** 09:00 UTC on {@code date}. */
    public void setDate(LocalDate date) {
        now = date.atTime(9, 0).atZone(ZoneOffset.UTC).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
