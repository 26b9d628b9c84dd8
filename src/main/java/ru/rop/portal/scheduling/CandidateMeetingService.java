package ru.rop.portal.scheduling;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.assessment.AssessmentTokens;
import ru.rop.portal.assessment.LinkGuard;
import ru.rop.portal.common.RetryOnWriteConflict;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The candidate's side of a meeting, behind the link {@code /m/{token}}: no account, the token is the right and is
 * presented on every call. A wrong token counts against the address ({@link LinkGuard}), as for the assessment.
 */
@Service
public class CandidateMeetingService {

    /** The longest comment when asking for another time. */
    public static final int MAX_COMMENT = MeetingRules.MAX_COMMENT;

    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final VacancyLookup vacancies;
    private final LinkGuard guard;
    private final Clock clock;

    CandidateMeetingService(MeetingRepository meetings, MeetingNotices notices, VacancyLookup vacancies,
                            LinkGuard guard, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.vacancies = vacancies;
        this.guard = guard;
        this.clock = clock;
    }

    /** Whether the token opens a meeting (for the guard against guessing); a cancelled one still opens. */
    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return meeting(token).isPresent();
    }

    /** The address has opened too many wrong links lately: it is told to wait, whatever the link. */
    public boolean throttled(@Nullable String address) {
        return address != null && guard.refused(address);
    }

    /** The meeting behind the link; empty for a wrong one, which counts against the address. */
    @Transactional(readOnly = true)
    public Optional<CandidateMeeting> open(String token, @Nullable String address) {
        Optional<Meeting> meeting = meeting(token);
        if (meeting.isEmpty()) {
            guard.failed(address == null ? "" : address);
        }
        return meeting.map(this::view);
    }

    /** The candidate confirms the time. */
    @Transactional
    @RetryOnWriteConflict
    public CandidateMeeting confirm(String token) {
        Meeting meeting = answerable(token);
        if (meeting.getState() != MeetingState.CONFIRMED) {
            meeting.confirm(clock.instant());
            meetings.saveAndFlush(meeting);
            notices.changed(meeting, "CONFIRMED", "confirmed", true);
        }
        return view(meeting);
    }

    /** The candidate asks for another time and says why or when suits them. */
    @Transactional
    @RetryOnWriteConflict
    public CandidateMeeting askAnotherTime(String token, String comment) {
        String checked = MeetingRules.comment(comment);
        Meeting meeting = answerable(token);
        meeting.askAnotherTime(checked, clock.instant());
        meetings.saveAndFlush(meeting);
        notices.changed(meeting, "MOVE_REQUESTED", "move-requested", true);
        return view(meeting);
    }

    private Meeting answerable(String token) {
        Meeting meeting = meeting(token).orElseThrow(() -> new UserFacingException("meeting.link.invalid"));
        if (!answerable(meeting)) {
            throw new UserFacingException("meeting.link.closed");
        }
        return meeting;
    }

    private boolean answerable(Meeting meeting) {
        return meeting.getState().open() && meeting.getStartAt().isAfter(clock.instant());
    }

    private Optional<Meeting> meeting(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return meetings.findByTokenHash(AssessmentTokens.hash(token));
    }

    private CandidateMeeting view(Meeting meeting) {
        VacancySummary vacancy = vacancies.find(meeting.getVacancyId()).orElseThrow();
        return new CandidateMeeting(meeting.getState(), vacancy.companyName(), vacancy.title(),
                meeting.getStartAt(), meeting.getDurationMinutes(), vacancy.timeZone(), meeting.getPlace(),
                meeting.getVideoLink(), meeting.getCandidateComment(), answerable(meeting));
    }
}
