package ru.rop.portal.scheduling;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.assessment.AssessmentTokens;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;
import ru.rop.portal.security.StaffDirectory;
import ru.rop.portal.security.StaffMember;

/**
 * Interview meetings as HR and owners manage them: propose, reschedule, cancel, mark held. Every change mails the
 * candidate and the interviewers a calendar entry, is written to the audit log and published as
 * {@link MeetingChanged} inside the transaction.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class MeetingService {

    static final Set<MeetingState> OPEN = EnumSet.of(MeetingState.PROPOSED, MeetingState.CONFIRMED,
            MeetingState.MOVED);
    /** The clashing meeting in Moscow time, as the message says. */
    private static final DateTimeFormatter OVERLAP_START = DateTimeFormatter.ofPattern("d MMMM, HH:mm",
            AppI18NProvider.RUSSIAN).withZone(MeetingMails.MOSCOW);
    private static final DateTimeFormatter OVERLAP_END = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(MeetingMails.MOSCOW);

    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final CandidateService candidates;
    private final StaffDirectory staff;
    private final CurrentActor actor;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingNotices notices, CandidateService candidates,
                   StaffDirectory staff, CurrentActor actor, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.candidates = candidates;
        this.staff = staff;
        this.actor = actor;
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return notices.mailConfigured();
    }

    /** Active staff accounts, who may be invited as interviewers. */
    public List<StaffMember> interviewerChoices() {
        return staff.active();
    }

    /**
     * A new meeting with the candidate; mails the invitation with a new link.
     *
     * @throws MeetingOverlapException when an interviewer already has an open meeting at that time
     */
    @Transactional
    public ScheduledMeeting propose(long candidateId, MeetingForm form) {
        CandidateSummary candidate = candidates.find(candidateId)
                .orElseThrow(() -> new UserFacingException("candidate.not-found", candidateId));
        if (candidate.stage().terminal()) {
            throw new UserFacingException("meeting.candidate-closed");
        }
        if (meetings.findByCandidateIdOrderByCreatedAtDescIdDesc(candidateId).stream()
                .anyMatch(m -> m.getState().open())) {
            throw new UserFacingException("meeting.already-open");
        }
        Instant now = clock.instant();
        MeetingPlan plan = MeetingRules.check(form, now, staff.active());
        refuseOverlap(plan, 0);
        String token = AssessmentTokens.newToken();
        Meeting meeting = meetings.saveAndFlush(new Meeting(candidateId, candidate.vacancyId(),
                UUID.randomUUID() + "@rop-portal", AssessmentTokens.hash(token), plan, actor.name(), now));
        changed(meeting, "PROPOSED", "proposed");
        return new ScheduledMeeting(notices.summary(meeting), notices.candidateUrl(token),
                notices.send(meeting, MeetingMails.Kind.INVITATION, token));
    }

    /** A new time, place or interviewers: SEQUENCE+1, a new link (the old one stops working), the candidate asked again. */
    @Transactional
    public ScheduledMeeting reschedule(long meetingId, MeetingForm form) {
        Meeting meeting = open(meetingId);
        Instant now = clock.instant();
        MeetingPlan plan = MeetingRules.check(form, now, staff.active());
        refuseOverlap(plan, meetingId);
        String token = AssessmentTokens.newToken();
        meeting.reschedule(plan, AssessmentTokens.hash(token), now);
        meetings.saveAndFlush(meeting);
        changed(meeting, "RESCHEDULED", "rescheduled");
        return new ScheduledMeeting(notices.summary(meeting), notices.candidateUrl(token),
                notices.send(meeting, MeetingMails.Kind.RESCHEDULED, token));
    }

    /** Cancels the meeting: SEQUENCE+1 and METHOD:CANCEL to every calendar; the candidate's page says so. */
    @Transactional
    public MeetingSummary cancel(long meetingId) {
        Meeting meeting = open(meetingId);
        meeting.cancel(clock.instant());
        meetings.saveAndFlush(meeting);
        changed(meeting, "CANCELLED", "cancelled");
        notices.send(meeting, MeetingMails.Kind.CANCELLED, null);
        return notices.summary(meeting);
    }

    /** The interview took place; from its start on. */
    @Transactional
    public MeetingSummary markHeld(long meetingId) {
        Meeting meeting = open(meetingId);
        if (clock.instant().isBefore(meeting.getStartAt())) {
            throw new UserFacingException("meeting.not-started");
        }
        meeting.held(clock.instant());
        meetings.saveAndFlush(meeting);
        changed(meeting, "HELD", "held");
        return notices.summary(meeting);
    }

    /** The candidate's latest meeting, open or not; empty when none was ever proposed. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> current(long candidateId) {
        return meetings.findByCandidateIdOrderByCreatedAtDescIdDesc(candidateId).stream().findFirst()
                .map(notices::summary);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSummary> find(long meetingId) {
        return meetings.findById(meetingId).map(notices::summary);
    }

    /** The meeting's iCalendar entry as the attendees last received it. */
    @Transactional(readOnly = true)
    public Optional<String> calendar(long meetingId) {
        return meetings.findById(meetingId).map(notices::calendar);
    }

    /** Open and held meetings starting in [from, to), earliest first: the start page's agenda. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> between(Instant from, Instant to) {
        return meetings.findByStateInAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAtAsc(
                        EnumSet.of(MeetingState.PROPOSED, MeetingState.CONFIRMED, MeetingState.MOVED,
                                MeetingState.HELD), from, to).stream()
                .map(notices::summary).sorted(Comparator.comparing(MeetingSummary::start)).toList();
    }

    private Meeting open(long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new UserFacingException("meeting.not-found", meetingId));
        if (!meeting.getState().open()) {
            throw new UserFacingException("meeting.closed");
        }
        return meeting;
    }

    private void refuseOverlap(MeetingPlan plan, long except) {
        List<Meeting> clashes = meetings.overlapping(plan.interviewerIds(), OPEN, plan.start(), plan.end(), except);
        if (clashes.isEmpty()) {
            return;
        }
        Meeting clash = clashes.getFirst();
        Set<Long> both = new HashSet<>(clash.getInterviewerIds());
        both.retainAll(plan.interviewerIds());
        String who = staff.byIds(both).stream().map(StaffMember::displayName).sorted().findFirst().orElse("");
        throw new MeetingOverlapException(clash.getId(), who, OVERLAP_START.format(clash.getStartAt()) + "–"
                + OVERLAP_END.format(clash.getEndAt()));
    }

    private void changed(Meeting meeting, String change, String detail) {
        notices.changed(meeting, change, detail, false);
    }
}
