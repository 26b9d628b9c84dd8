package ru.rop.portal.scheduling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interview meeting with a candidate. Its UID stays for its whole life and its SEQUENCE grows with every change
 * the attendees' calendars must take over (a new time, a cancellation), as RFC 5545 asks.
 */
@Entity
@Table(name = "interview_meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long candidateId;
    private long vacancyId;
    @Column(nullable = false, length = 80)
    private String uid;
    @Column(name = "sequence_number")
    private int sequence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingState state;
    @Column(nullable = false)
    private Instant startAt;
    @Column(nullable = false)
    private Instant endAt;
    private int durationMinutes;
    private @Nullable String place;
    private @Nullable String videoLink;
    @Column(nullable = false, columnDefinition = "CHAR(64)")
    private String tokenHash;
    private @Nullable String candidateComment;
    private @Nullable Instant respondedAt;
    private @Nullable Instant reminderSentAt;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_meeting_interviewer", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id")
    private Set<Long> interviewerIds = new LinkedHashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Meeting() {
    }

    Meeting(long candidateId, long vacancyId, String uid, String tokenHash, MeetingPlan plan, String createdBy,
            Instant now) {
        this.candidateId = candidateId;
        this.vacancyId = vacancyId;
        this.uid = uid;
        this.tokenHash = tokenHash;
        this.state = MeetingState.PROPOSED;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.startAt = plan.start();
        this.endAt = plan.end();
        apply(plan, now);
    }

    /** How long before the start the reminder goes out. */
    static final Duration REMINDER_BEFORE = Duration.ofDays(1);

    private void apply(MeetingPlan plan, Instant now) {
        // A meeting set for the next day needs no reminder: the invitation has just gone out.
        reminderSentAt = plan.start().minus(REMINDER_BEFORE).isAfter(now) ? null : now;
        startAt = plan.start();
        durationMinutes = plan.durationMinutes();
        endAt = plan.end();
        place = plan.place();
        videoLink = plan.videoLink();
        interviewerIds = new LinkedHashSet<>(plan.interviewerIds());
        updatedAt = now;
    }

    /** A new time or new attendees: the calendars replace the event (SEQUENCE+1), the candidate answers anew. */
    void reschedule(MeetingPlan plan, String newTokenHash, Instant now) {
        apply(plan, now);
        sequence++;
        state = MeetingState.PROPOSED;
        tokenHash = newTokenHash;
        candidateComment = null;
        respondedAt = null;
    }

    void cancel(Instant now) {
        sequence++;
        state = MeetingState.CANCELLED;
        updatedAt = now;
    }

    void held(Instant now) {
        state = MeetingState.HELD;
        updatedAt = now;
    }

    void confirm(Instant now) {
        state = MeetingState.CONFIRMED;
        candidateComment = null;
        respondedAt = now;
        updatedAt = now;
    }

    void askAnotherTime(String comment, Instant now) {
        state = MeetingState.MOVED;
        candidateComment = comment;
        respondedAt = now;
        updatedAt = now;
    }

    Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("meeting not saved yet");
        }
        return id;
    }

    long getCandidateId() {
        return candidateId;
    }

    long getVacancyId() {
        return vacancyId;
    }

    String getUid() {
        return uid;
    }

    int getSequence() {
        return sequence;
    }

    MeetingState getState() {
        return state;
    }

    Instant getStartAt() {
        return startAt;
    }

    Instant getEndAt() {
        return endAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    @Nullable String getPlace() {
        return place;
    }

    @Nullable String getVideoLink() {
        return videoLink;
    }

    @Nullable String getCandidateComment() {
        return candidateComment;
    }

    @Nullable Instant getRespondedAt() {
        return respondedAt;
    }

    @Nullable Instant getReminderSentAt() {
        return reminderSentAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Set<Long> getInterviewerIds() {
        return Set.copyOf(interviewerIds);
    }
}
