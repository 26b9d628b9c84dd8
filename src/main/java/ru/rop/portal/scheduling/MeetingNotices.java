package ru.rop.portal.scheduling;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.PublicLinks;
import ru.rop.portal.common.Routes;
import ru.rop.portal.security.StaffDirectory;
import ru.rop.portal.security.StaffMember;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * A meeting as people read it (names, the vacancy's zone) and its notices: the calendar entry and the e-mails.
 * Reads through the lookups without a role check: its callers, the services and the reminder job, are the authority.
 */
@Component
class MeetingNotices {

    static final String LINK_PATH = "/m/";

    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final StaffDirectory staff;
    private final MeetingMails mails;
    private final PublicLinks links;
    private final Clock clock;
    private final AppI18NProvider i18n;
    private final ApplicationEventPublisher events;
    private final String organizerEmail;

    MeetingNotices(CandidateLookup candidates, VacancyLookup vacancies, StaffDirectory staff, MeetingMails mails,
                   PublicLinks links, Clock clock, AppI18NProvider i18n, ApplicationEventPublisher events,
                   @Value("${rop.mail.from:}") String organizerEmail) {
        this.events = events;
        this.i18n = i18n;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.staff = staff;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
        this.organizerEmail = organizerEmail;
    }

    MeetingSummary summary(Meeting meeting) {
        String name = candidates.find(meeting.getCandidateId()).map(CandidateSummary::fullName).orElse("");
        return summary(meeting, name, vacancy(meeting).timeZone());
    }

    private MeetingSummary summary(Meeting meeting, String candidateName, String timeZone) {
        List<StaffMember> interviewers = staff.byIds(meeting.getInterviewerIds());
        return new MeetingSummary(meeting.getId(), meeting.getCandidateId(), candidateName, meeting.getVacancyId(),
                meeting.getState(), meeting.getStartAt(), meeting.getDurationMinutes(), interviewers,
                meeting.getPlace(), meeting.getVideoLink(), meeting.getSequence(), timeZone,
                meeting.getCandidateComment(), meeting.getRespondedAt(), meeting.getCreatedAt(),
                meeting.getCreatedBy());
    }

    String calendar(Meeting meeting) {
        return MeetingCalendar.write(event(meeting.getUid(), summary(meeting), vacancy(meeting), candidate(meeting)));
    }

    String candidateUrl(String token) {
        return links.absolute(LINK_PATH + token);
    }

    /**
     * Mails the candidate (with the link when {@code token} is given) and every interviewer.
     *
     * @return whether the candidate's mail server accepted theirs
     */
    boolean send(Meeting meeting, MeetingMails.Kind kind, @Nullable String token) {
        CandidateSummary candidate = candidate(meeting);
        VacancySummary vacancy = vacancy(meeting);
        MeetingSummary summary = summary(meeting, candidate.fullName(), vacancy.timeZone());
        MeetingCalendar.Event event = event(meeting.getUid(), summary, vacancy, candidate);
        MeetingMails.Letter letter = new MeetingMails.Letter(kind, summary, vacancy.companyName(), vacancy.title(),
                MeetingCalendar.write(event), event.interviewers(),
                links.absolute(Routes.candidate(candidate.id())));
        boolean sent = mails.toCandidate(letter, candidate.email(), token == null ? null : candidateUrl(token));
        mails.toInterviewers(letter);
        return sent;
    }

    /** The change for the audit log and, as {@link MeetingChanged}, for integrations; inside the caller's transaction. */
    void changed(Meeting meeting, String change, String detail, boolean byCandidate) {
        AuditEvent audit = AuditEvent.candidate(AuditEvent.Action.CHANGE, meeting.getCandidateId(),
                meeting.getVacancyId(), "meeting " + meeting.getId() + " " + detail);
        events.publishEvent(byCandidate ? audit.byTheCandidate() : audit);
        events.publishEvent(new MeetingChanged(meeting.getId(), meeting.getCandidateId(), meeting.getVacancyId(),
                change, meeting.getState().name(), meeting.getSequence(), meeting.getStartAt(),
                meeting.getDurationMinutes()));
    }

    boolean mailConfigured() {
        return mails.configured();
    }

    private MeetingCalendar.Event event(String uid, MeetingSummary meeting, VacancySummary vacancy,
                                       CandidateSummary candidate) {
        // Calendars show one language: the candidate's, Russian.
        String summary = i18n.russian("meeting.calendar.summary", candidate.fullName(), vacancy.title());
        String where = meeting.place() != null ? i18n.russian("meeting.calendar.place", meeting.place())
                : i18n.russian("meeting.calendar.video", meeting.videoLink());
        return new MeetingCalendar.Event(uid, meeting.sequence(),
                meeting.state() == MeetingState.CANCELLED, meeting.start(), meeting.end(), summary,
                i18n.russian("meeting.calendar.description", vacancy.companyName(), vacancy.title()) + "\n" + where,
                meeting.place(),
                meeting.videoLink(), new MeetingCalendar.Person(vacancy.companyName(), organizer()),
                new MeetingCalendar.Person(candidate.fullName(), candidate.email()),
                meeting.interviewers().stream().map(m -> new MeetingCalendar.Person(m.displayName(), m.email()))
                        .toList(), clock.instant());
    }

    /** Without a configured sender the organizer is still a well-formed address, for the .ics download. */
    private String organizer() {
        return organizerEmail.isBlank() ? "noreply@rop.local" : organizerEmail;
    }

    private CandidateSummary candidate(Meeting meeting) {
        return candidates.find(meeting.getCandidateId()).orElseThrow();
    }

    private VacancySummary vacancy(Meeting meeting) {
        return vacancies.find(meeting.getVacancyId()).orElseThrow();
    }
}
