package ru.rop.portal.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.assessment.AssessmentCompleted;
import ru.rop.portal.candidate.CandidateCreated;
import ru.rop.portal.candidate.CandidateErased;
import ru.rop.portal.candidate.StageChanged;
import ru.rop.portal.interview.InterviewSubmitted;
import ru.rop.portal.report.DecisionRecorded;
import ru.rop.portal.scheduling.MeetingChanged;

/**
 * The extension point: which domain event becomes which webhook event with which data. Each listener runs inside
 * the transaction that published the domain event, so the webhook event enters the outbox with the change or not
 * at all. A new event is one listener here (and a constant in {@link WebhookEventType}); the data is ids and
 * states, never names, contacts or typed text (docs/privacy.md).
 */
@Component
class WebhookEventSources {

    private final WebhookOutbox outbox;

    WebhookEventSources(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(CandidateCreated e) {
        outbox.publish(WebhookEventType.CANDIDATE_CREATED,
                data("candidateId", e.candidateId(), "vacancyId", e.vacancyId(), "stage", e.stage().name()));
    }

    @EventListener
    void on(StageChanged e) {
        outbox.publish(WebhookEventType.STAGE_CHANGED, data("candidateId", e.candidateId(), "vacancyId",
                e.vacancyId(), "from", e.from().name(), "to", e.to().name(), "automatic", e.automatic()));
    }

    @EventListener
    void on(AssessmentCompleted e) {
        outbox.publish(WebhookEventType.ASSESSMENT_COMPLETED, data("candidateId", e.candidateId(), "vacancyId",
                e.vacancyId(), "invitationId", e.invitationId()));
    }

    @EventListener
    void on(InterviewSubmitted e) {
        outbox.publish(WebhookEventType.INTERVIEW_SUBMITTED, data("candidateId", e.candidateId(), "vacancyId",
                e.vacancyId(), "interviewId", e.interviewId()));
    }

    @EventListener
    void on(DecisionRecorded e) {
        outbox.publish(WebhookEventType.DECISION_RECORDED, data("candidateId", e.candidateId(), "vacancyId",
                e.vacancyId(), "decision", e.recommendation() == null ? null : e.recommendation().name()));
    }

    /** When and how long, so a CRM can show the appointment; the place and the video link stay in the product. */
    @EventListener
    void on(MeetingChanged e) {
        outbox.publish(WebhookEventType.MEETING_CHANGED, data("meetingId", e.meetingId(), "candidateId",
                e.candidateId(), "vacancyId", e.vacancyId(), "change", e.change(), "state", e.state(), "sequence",
                e.sequence(), "start", e.start().toString(), "durationMinutes", e.durationMinutes()));
    }

    /** The id only: the erased person's name in the event is for the destruction act alone. */
    @EventListener
    void on(CandidateErased e) {
        outbox.publish(WebhookEventType.CANDIDATE_ERASED, data("candidateId", e.candidate().candidateId()));
    }

    /** Pairs of name and value, in order; a null value is written as JSON null. */
    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }
}
