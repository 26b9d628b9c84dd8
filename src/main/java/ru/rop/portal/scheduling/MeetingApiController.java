package ru.rop.portal.scheduling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.Attachment;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.common.api.ConflictProblem;
import ru.rop.portal.security.StaffMember;

@RestController
@Tag(name = "Встречи", description = "Интервью с кандидатами: время, интервьюеры, приглашения в календарь")
class MeetingApiController {

    static final String CALENDAR = "text/calendar;charset=UTF-8";

    /**
     * @param candidateUrl only in the answer that created the link (only its hash is kept)
     * @param emailSent    false when mail is not configured or the server refused: then pass the link on yourself
     */
    record MeetingAnswer(long id, long candidateId, String state, Instant start, int durationMinutes,
                         List<String> interviewerEmails, @Nullable String place, @Nullable String videoLink,
                         int sequence, String timeZone, @Nullable String candidateComment, String icsUrl,
                         @Nullable String candidateUrl, @Nullable Boolean emailSent) {

        static MeetingAnswer of(MeetingSummary meeting, @Nullable ScheduledMeeting scheduled) {
            return new MeetingAnswer(meeting.id(), meeting.candidateId(), meeting.state().name(), meeting.start(),
                    meeting.durationMinutes(), meeting.interviewers().stream().map(StaffMember::email).toList(),
                    meeting.place(), meeting.videoLink(), meeting.sequence(), meeting.timeZone(),
                    meeting.candidateComment(), "/api/v1/meetings/" + meeting.id() + ".ics",
                    scheduled == null ? null : scheduled.candidateUrl(),
                    scheduled == null ? null : scheduled.emailSent());
        }
    }

    private final MeetingService meetings;
    private final CandidateService candidates;
    private final AppI18NProvider i18n;

    MeetingApiController(MeetingService meetings, CandidateService candidates, AppI18NProvider i18n) {
        this.meetings = meetings;
        this.candidates = candidates;
        this.i18n = i18n;
    }

    @PostMapping("/api/v1/candidates/{id}/meetings")
    @Operation(summary = "Назначить интервью: кандидат и интервьюеры получают письмо с приглашением (.ics). "
            + "400 — время в прошлом, неизвестный интервьюер, ссылка не https; 409 — у интервьюера другая встреча")
    ResponseEntity<MeetingAnswer> propose(@PathVariable long id, @RequestBody MeetingForm body) {
        if (candidates.find(id).isEmpty()) {
            throw ApiProblemException.notFound("candidate.not-found", id);
        }
        ScheduledMeeting scheduled = meetings.propose(id, body);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + scheduled.meeting().id()))
                .body(MeetingAnswer.of(scheduled.meeting(), scheduled));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Встреча: время, состояние (PROPOSED, CONFIRMED, MOVED, CANCELLED, HELD), интервьюеры")
    MeetingAnswer get(@PathVariable long id) {
        return meetings.find(id).map(meeting -> MeetingAnswer.of(meeting, null))
                .orElseThrow(() -> ApiProblemException.notFound("meeting.not-found", id));
    }

    @GetMapping(value = "/api/v1/meetings/{id}.ics", produces = CALENDAR)
    @Operation(summary = "Приглашение в календарь (iCalendar, RFC 5545) в его текущей версии")
    ResponseEntity<String> calendar(@PathVariable long id) {
        String calendar = meetings.calendar(id)
                .orElseThrow(() -> ApiProblemException.notFound("meeting.not-found", id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition("meeting-" + id + ".ics"))
                .body(calendar);
    }

    @DeleteMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Отменить встречу: участники получают отмену (METHOD:CANCEL)")
    MeetingAnswer cancel(@PathVariable long id) {
        if (meetings.find(id).isEmpty()) {
            throw ApiProblemException.notFound("meeting.not-found", id);
        }
        return MeetingAnswer.of(meetings.cancel(id), null);
    }

    @ExceptionHandler(MeetingOverlapException.class)
    ResponseEntity<ProblemDetail> overlap(MeetingOverlapException e) {
        return ConflictProblem.of(i18n, e, "existingMeetingId", e.existingId(), "interviewerEmails");
    }
}
