package ru.rop.portal.scheduling.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** A meeting's time as people read it: in Moscow, and in the vacancy's zone when that differs. */
final class MeetingTimes {

    static final ZoneId MOSCOW = MeetingDialog.MOSCOW;

    private MeetingTimes() {
    }

    /** «5 дек. 2026 г., 10:00–11:00»: the texts around it say it is Moscow time. */
    static String moscow(Instant start, Instant end, Locale locale) {
        return span(start, end, MOSCOW, locale);
    }

    /** The same span in the vacancy's zone, empty when its clock reads as Moscow's. */
    static Optional<String> local(Instant start, Instant end, String timeZone, Locale locale) {
        ZoneId zone = ZoneId.of(timeZone);
        if (zone.getRules().getOffset(start).equals(MOSCOW.getRules().getOffset(start))) {
            return Optional.empty();
        }
        return Optional.of(span(start, end, zone, locale) + " (" + zone.getId() + ")");
    }

    static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(MOSCOW)
                .format(instant);
    }

    private static String span(Instant start, Instant end, ZoneId zone, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        return date.format(start) + "–" + time.format(end);
    }
}
