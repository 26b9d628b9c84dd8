package ru.rop.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/** Meetings through the service with a real SMTP server (GreenMail); every .ics is parsed back with ical4j. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "rop.mail.from=hr@rop.test",
        "spring.mail.properties.mail.smtp.auth=false", "spring.mail.properties.mail.smtp.starttls.enable=false",
        "rop.public-url=https://rop.example.ru/", "rop.meetings.reminder-cron=-"})
@ActiveProfiles("test")
@RecordApplicationEvents
class MeetingSchedulingTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MeetingService meetings;
    @Autowired
    CandidateMeetingService candidateSide;
    @Autowired
    MeetingReminders reminders;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    private String interviewer;
    private long candidate;
    private String candidateEmail;
    /** A day of its own per test, so interviewers of other tests never overlap. */
    private Instant start;

    @BeforeEach
    void setUp() {
        interviewer = accounts.create(Role.HR).email();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = vacancies.create(aVacancy().withTimeZone("Asia/Yekaterinburg").build()).id();
        candidate = data.candidate(vacancy, "Ольга Смирнова");
        candidateEmail = candidates.find(candidate).orElseThrow().email();
        start = Instant.now().truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofDays(3 + ThreadLocalRandom.current().nextInt(300))).plus(Duration.ofHours(7));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        accounts.signOut();
    }

    private MeetingForm online(Instant at, int minutes, String... interviewers) {
        return new MeetingForm(at.atOffset(ZoneOffset.ofHours(3)), minutes, List.of(interviewers), null,
                "https://meet.example.ru/room-7");
    }

    @Test
    void theInvitationReachesTheCandidateAndTheInterviewersWithACalendarEntryFieldByField() throws Exception {
        ScheduledMeeting scheduled = meetings.propose(candidate, online(start, 60, interviewer,
                TestAccounts.OWNER_EMAIL));

        assertThat(scheduled.emailSent()).isTrue();
        assertThat(scheduled.candidateUrl()).startsWith("https://rop.example.ru/m/");
        assertThat(scheduled.meeting().state()).isEqualTo(MeetingState.PROPOSED);
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage toCandidate = only(candidateEmail);
        // 07:00 UTC is 10:00 in Moscow and 12:00 in Yekaterinburg.
        assertThat(toCandidate.getSubject()).startsWith("Приглашение на интервью: ООО «Тест», «РОП ")
                .endsWith(", 10:00");
        String text = text(toCandidate);
        assertThat(text).contains("Здравствуйте, Ольга Смирнова!", "10:00–11:00 по московскому времени",
                "12:00–13:00 (Asia/Yekaterinburg)", "Продолжительность: 60 мин.",
                "Ссылка на видеовстречу: https://meet.example.ru/room-7", scheduled.candidateUrl());

        Calendar calendar = calendar(toCandidate);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        String uid = event.getProperty(Property.UID).orElseThrow().getValue();
        assertThat(uid).endsWith("@rop-portal");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(Instant.from(event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate()))
                .isEqualTo(start);
        assertThat(Instant.from(event.<DtEnd<?>>getProperty(Property.DTEND).orElseThrow().getDate()))
                .isEqualTo(start.plus(Duration.ofHours(1)));
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:hr@rop.test");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://meet.example.ru/room-7");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Интервью: Ольга Смирнова");
        List<String> attendees = event.<Attendee>getProperties(Property.ATTENDEE).stream()
                .map(a -> a.getValue().toLowerCase()).toList();
        assertThat(attendees).containsExactlyInAnyOrder("mailto:" + candidateEmail, "mailto:" + interviewer,
                "mailto:" + TestAccounts.OWNER_EMAIL);
        Attendee first = event.<Attendee>getProperties(Property.ATTENDEE).getFirst();
        assertThat(first.getParameter("PARTSTAT").orElseThrow().getValue()).isEqualTo("NEEDS-ACTION");
        assertThat(first.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("TRUE");
        VAlarm alarm = event.getAlarms().getFirst();
        assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT1H");

        MimeMessage toInterviewer = only(interviewer);
        assertThat(toInterviewer.getSubject()).startsWith("Интервью с Ольга Смирнова");
        assertThat(text(toInterviewer)).contains("https://rop.example.ru/candidate/" + candidate)
                .doesNotContain(scheduled.candidateUrl());
        assertThat(calendar(toInterviewer).<VEvent>getComponents("VEVENT").getFirst()
                .getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
        assertThat(meetings.calendar(scheduled.meeting().id()).orElseThrow()).contains("UID:" + uid);
        assertThat(events.stream(MeetingChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.change()).isEqualTo("PROPOSED"));
    }

    @Test
    void rescheduleRaisesTheSequenceAndReplacesTheLinkAndCancelSendsMethodCancel() throws Exception {
        ScheduledMeeting first = meetings.propose(candidate, online(start, 45, interviewer));
        long id = first.meeting().id();
        String oldToken = token(first);

        ScheduledMeeting moved = meetings.reschedule(id, online(start.plus(Duration.ofHours(2)), 90, interviewer));

        assertThat(moved.meeting().sequence()).isEqualTo(1);
        assertThat(moved.meeting().start()).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(candidateSide.valid(oldToken)).isFalse();
        assertThat(candidateSide.valid(token(moved))).isTrue();
        assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();
        MimeMessage rescheduled = mailsTo(candidateEmail).get(1);
        assertThat(rescheduled.getSubject()).startsWith("Интервью перенесено");
        VEvent event = calendar(rescheduled).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");

        MeetingSummary cancelled = meetings.cancel(id);

        assertThat(cancelled.state()).isEqualTo(MeetingState.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(2);
        assertThat(smtp.waitForIncomingEmail(5000, 6)).isTrue();
        MimeMessage cancel = mailsTo(candidateEmail).get(2);
        assertThat(cancel.getSubject()).startsWith("Интервью отменено");
        Calendar cancelCalendar = calendar(cancel);
        assertThat(cancelCalendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelEvent = cancelCalendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(cancelEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(cancelEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelEvent.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(event.getProperty(Property.UID).orElseThrow().getValue());
        // The link still opens and says the meeting is off; it answers nothing any more.
        assertThat(candidateSide.open(token(moved), "203.0.113.5").orElseThrow().state())
                .isEqualTo(MeetingState.CANCELLED);
        assertThatThrownBy(() -> candidateSide.confirm(token(moved))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.cancel(id)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("meeting.closed");
        assertThat(events.stream(MeetingChanged.class).map(MeetingChanged::change))
                .containsExactly("PROPOSED", "RESCHEDULED", "CANCELLED");
    }

    @Test
    void anInterviewerCannotBeInTwoMeetingsAtOnce() {
        meetings.propose(candidate, online(start, 60, interviewer));
        long other = data.candidate(candidates.find(candidate).orElseThrow().vacancyId(), "Пётр Волков");

        assertThatThrownBy(() -> meetings.propose(other, online(start.plus(Duration.ofMinutes(30)), 60,
                TestAccounts.OWNER_EMAIL, interviewer)))
                .isInstanceOfSatisfying(MeetingOverlapException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.overlap");
                    assertThat(e.params()[0]).isEqualTo("Тестовый HR");
                });
        assertThat(meetings.current(other)).isEmpty();
        // Back to back is fine: the first ends when the second begins.
        assertThat(meetings.propose(other, online(start.plus(Duration.ofHours(1)), 60, interviewer))
                .meeting().state()).isEqualTo(MeetingState.PROPOSED);
    }

    @Test
    void badFormsAreRefusedAtTheirFieldAndNothingIsSaved() {
        assertRefused(online(Instant.now().minus(Duration.ofMinutes(5)), 60, interviewer), "start",
                "meeting.start.past");
        assertRefused(online(start, 10, interviewer), "durationMinutes", "field.range");
        assertRefused(online(start, 241, interviewer), "durationMinutes", "field.range");
        assertRefused(online(start, 60, "nobody@test.local"), "interviewerEmails", "meeting.interviewers.unknown");
        assertRefused(online(start, 60), "interviewerEmails", "meeting.interviewers.required");
        OffsetDateTime at = start.atOffset(ZoneOffset.UTC);
        assertRefused(new MeetingForm(at, 60, List.of(interviewer), null, "http://meet.example.ru/x"), "videoLink",
                "meeting.video-link.https");
        assertRefused(new MeetingForm(at, 60, List.of(interviewer), null, "javascript:alert(1)"), "videoLink",
                "meeting.video-link.https");
        assertRefused(new MeetingForm(at, 60, List.of(interviewer), "Москва, Тверская, 1",
                "https://meet.example.ru/x"), "videoLink", "meeting.where");
        assertRefused(new MeetingForm(at, 60, List.of(interviewer), null, null), "place", "meeting.where");
        assertThat(meetings.current(candidate)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private void assertRefused(MeetingForm form, String field, String key) {
        assertThatThrownBy(() -> meetings.propose(candidate, form)).isInstanceOfSatisfying(UserFacingException.class,
                e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void theCandidateConfirmsOrAsksForAnotherTimeThroughTheLink() {
        ScheduledMeeting scheduled = meetings.propose(candidate, new MeetingForm(start.atOffset(ZoneOffset.UTC), 60,
                List.of(interviewer), "Москва, ул. Тверская, 1, офис 5", null));
        String token = token(scheduled);
        accounts.signOut();

        CandidateMeeting seen = candidateSide.open(token, "203.0.113.5").orElseThrow();
        assertThat(seen.place()).isEqualTo("Москва, ул. Тверская, 1, офис 5");
        assertThat(seen.timeZone()).isEqualTo("Asia/Yekaterinburg");
        assertThat(seen.answerable()).isTrue();
        assertThat(candidateSide.confirm(token).state()).isEqualTo(MeetingState.CONFIRMED);
        assertThatThrownBy(() -> candidateSide.askAnotherTime(token, "x".repeat(1001)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("field.too-long"));
        assertThatThrownBy(() -> candidateSide.askAnotherTime(token, "  "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("field.required"));
        CandidateMeeting moved = candidateSide.askAnotherTime(token, "Удобнее в четверг после 15:00");
        assertThat(moved.state()).isEqualTo(MeetingState.MOVED);
        assertThat(candidateSide.open("wrong-" + token, "203.0.113.5")).isEmpty();

        accounts.signIn(TestAccounts.OWNER_EMAIL);
        MeetingSummary summary = meetings.current(candidate).orElseThrow();
        assertThat(summary.state()).isEqualTo(MeetingState.MOVED);
        assertThat(summary.candidateComment()).isEqualTo("Удобнее в четверг после 15:00");
        assertThatThrownBy(() -> meetings.markHeld(summary.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("meeting.not-started");
        assertThat(events.stream(MeetingChanged.class).map(MeetingChanged::change))
                .containsExactly("PROPOSED", "CONFIRMED", "MOVE_REQUESTED");
    }

    @Test
    void theReminderGoesOutOnceTheDayBeforeAndTheMeetingCanBeMarkedHeldAfterItsStart() throws Exception {
        long id = meetings.propose(candidate, online(start, 60, interviewer)).meeting().id();
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(reminders.remind()).isZero();

        clock.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(20))));
        // Two instances running the job at once: the conditional claim lets one of them send.
        int[] sent = new int[2];
        Thread other = new Thread(() -> sent[1] = reminders.remind());
        other.start();
        sent[0] = reminders.remind();
        other.join();
        assertThat(sent[0] + sent[1]).isEqualTo(1);
        assertThat(reminders.remind()).isZero();
        assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();
        assertThat(mailsTo(candidateEmail)).hasSize(2);
        assertThat(mailsTo(candidateEmail).get(1).getSubject()).startsWith("Напоминание: интервью");
        assertThat(text(mailsTo(candidateEmail).get(1))).contains("завтра интервью");

        clock.advance(Duration.ofHours(21));
        assertThat(meetings.markHeld(id).state()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void erasingTheCandidateErasesTheMeetings() {
        long id = meetings.propose(candidate, online(start, 60, interviewer)).meeting().id();
        candidates.erase(candidate);
        assertThat(meetings.find(id)).isEmpty();
    }

    private static String token(ScheduledMeeting scheduled) {
        return scheduled.candidateUrl().substring(scheduled.candidateUrl().lastIndexOf('/') + 1);
    }

    private MimeMessage only(String email) throws Exception {
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Calendar calendar(Part part) throws Exception {
        BodyPart ics = attachment(part);
        assertThat(ics).as("the .ics attachment").isNotNull();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        try (InputStream in = ics.getInputStream()) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new CalendarBuilder().build(new StringReader(content));
        }
    }

    private static BodyPart attachment(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.getFileName() != null && child.getFileName().endsWith(".ics")) {
                    return child;
                }
                BodyPart nested = attachment(child);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
