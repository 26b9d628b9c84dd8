package ru.rop.portal.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can ask for, with the name they have in the payload and in the API. */
public enum WebhookEventType {
    CANDIDATE_CREATED("candidate.created"),
    STAGE_CHANGED("candidate.stage_changed"),
    ASSESSMENT_COMPLETED("assessment.completed"),
    INTERVIEW_SUBMITTED("interview.submitted"),
    DECISION_RECORDED("decision.recorded"),
    MEETING_CHANGED("meeting.changed"),
    CANDIDATE_ERASED("candidate.erased");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> byWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
