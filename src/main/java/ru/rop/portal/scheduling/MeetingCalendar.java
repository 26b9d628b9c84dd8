package ru.rop.portal.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The meeting as an iCalendar object (RFC 5545 with the iTIP methods of RFC 5546): METHOD:REQUEST while it stands,
 * METHOD:CANCEL once cancelled, the same UID for its whole life and its SEQUENCE, the organizer, every attendee
 * (candidate and interviewers) and an alarm. Times in UTC, so no VTIMEZONE is needed and every client shows them
 * in its own zone.
 */
final class MeetingCalendar {

    static final String PRODUCT = "-//РОП-портал//Interview scheduling//RU";
    /** The calendar reminds an hour before; the portal's own e-mail reminder comes the day before. */
    static final Duration ALARM = Duration.ofHours(1);

    /** Someone on the meeting: a name for people, a mail address for calendars. */
    record Person(String name, String email) {
    }

    /**
     * @param summary     the event's title, e.g. «Интервью: Иван Петров — РОП»
     * @param description the text shown with the event (the place or link, what to prepare)
     * @param organizer   who sends the invitation: the portal's sender address in the company's name
     */
    record Event(String uid, int sequence, boolean cancelled, Instant start, Instant end, String summary,
                 String description, @Nullable String location, @Nullable String videoLink, Person organizer,
                 Person candidate, List<Person> interviewers, Instant stamp) {
    }

    private MeetingCalendar() {
    }

    static String write(Event event) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(event.stamp()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Description(event.description()));
        String where = event.location() != null ? event.location() : event.videoLink();
        if (where != null) {
            vevent.add(new Location(where));
        }
        if (event.videoLink() != null) {
            vevent.add(new Url(URI.create(event.videoLink())));
        }
        vevent.add(new Organizer(mailto(event.organizer().email())).add(new Cn(event.organizer().name())));
        vevent.add(attendee(event.candidate()));
        event.interviewers().forEach(person -> vevent.add(attendee(person)));
        if (!event.cancelled()) {
            VAlarm alarm = new VAlarm(ALARM.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(event.summary()));
            vevent.add(alarm);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(vevent);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The meeting's calendar entry is not valid iCalendar", e);
        }
        return out.toString();
    }

    /** {@code text/calendar} with the iTIP method, as mail clients want it to offer «accept». */
    static String contentType(boolean cancelled) {
        return "text/calendar; charset=UTF-8; method=" + (cancelled ? "CANCEL" : "REQUEST");
    }

    private static Attendee attendee(Person person) {
        return new Attendee(mailto(person.email())).<Attendee>add(new Cn(person.name()))
                .<Attendee>add(Role.REQ_PARTICIPANT).<Attendee>add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
