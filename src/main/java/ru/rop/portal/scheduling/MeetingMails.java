package ru.rop.portal.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.common.mail.Mailer;

/**
 * The meeting's e-mails from {@code templates/mail/meeting-*.ftl}: to the candidate (with their link) and to each
 * interviewer, the time in Moscow and in the vacancy's zone, the calendar entry attached.
 */
@Component
class MeetingMails {

    static final String CANDIDATE_SUBJECT = "mail/meeting-candidate-subject.ftl";
    static final String CANDIDATE = "mail/meeting-candidate.ftl";
    static final String INTERVIEWER_SUBJECT = "mail/meeting-interviewer-subject.ftl";
    static final String INTERVIEWER = "mail/meeting-interviewer.ftl";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm",
            AppI18NProvider.RUSSIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", AppI18NProvider.RUSSIAN);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM, HH:mm",
            AppI18NProvider.RUSSIAN);

    /** Why the mail goes out; the templates word it accordingly. */
    enum Kind {
        INVITATION, RESCHEDULED, CANCELLED, REMINDER;

        String key() {
            return this == INVITATION ? "new" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What every mail of one meeting shares. */
    record Letter(Kind kind, MeetingSummary meeting, String company, String position, String calendar,
                  List<MeetingCalendar.Person> interviewers, String cardUrl) {
    }

    private final Mailer mailer;
    private final TextTemplates templates;

    MeetingMails(Mailer mailer, TextTemplates templates) {
        this.mailer = mailer;
        this.templates = templates;
        List.of(CANDIDATE_SUBJECT, CANDIDATE, INTERVIEWER_SUBJECT, INTERVIEWER).forEach(templates::check);
    }

    boolean configured() {
        return mailer.configured();
    }

    /**
     * @param url the candidate's link, or null when this mail cannot carry it (only its hash is kept)
     * @return whether the mail server accepted it
     */
    boolean toCandidate(Letter letter, String email, @Nullable String url) {
        Map<String, Object> model = model(letter);
        model.put("candidate", letter.meeting().candidateName());
        if (url != null) {
            model.put("url", url);
        }
        return send(letter, email, CANDIDATE_SUBJECT, CANDIDATE, model);
    }

    /** @return how many interviewers' mail servers accepted theirs */
    int toInterviewers(Letter letter) {
        Map<String, Object> model = model(letter);
        model.put("candidate", letter.meeting().candidateName());
        model.put("interviewers", letter.interviewers().stream().map(MeetingCalendar.Person::name)
                .collect(Collectors.joining(", ")));
        model.put("cardUrl", letter.cardUrl());
        int sent = 0;
        for (MeetingCalendar.Person interviewer : letter.interviewers()) {
            if (send(letter, interviewer.email(), INTERVIEWER_SUBJECT, INTERVIEWER, model)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Letter letter, String to, String subject, String text, Map<String, Object> model) {
        boolean cancelled = letter.kind() == Kind.CANCELLED;
        return mailer.send(to, templates.render(subject, model).strip(), templates.render(text, model),
                new Mailer.MailFile(cancelled ? "cancel.ics" : "invite.ics", MeetingCalendar.contentType(cancelled),
                        letter.calendar().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> model(Letter letter) {
        MeetingSummary meeting = letter.meeting();
        Map<String, Object> model = new HashMap<>();
        model.put("kind", letter.kind().key());
        model.put("company", letter.company());
        model.put("position", letter.position());
        model.put("minutes", meeting.durationMinutes());
        model.put("moscowDate", SHORT.withZone(MOSCOW).format(meeting.start()));
        model.put("moscowTime", span(meeting, MOSCOW));
        ZoneId zone = ZoneId.of(meeting.timeZone());
        if (!zone.getRules().getOffset(meeting.start()).equals(MOSCOW.getRules().getOffset(meeting.start()))) {
            model.put("localTime", span(meeting, zone));
            model.put("zone", meeting.timeZone());
        }
        if (meeting.place() != null) {
            model.put("place", meeting.place());
        }
        if (meeting.videoLink() != null) {
            model.put("videoLink", meeting.videoLink());
        }
        return model;
    }

    /** «пятница, 5 декабря 2026, 10:00–11:00». */
    static String span(MeetingSummary meeting, ZoneId zone) {
        return DAY_AND_TIME.withZone(zone).format(meeting.start()) + "–" + TIME.withZone(zone).format(meeting.end());
    }
}
