package ru.rop.portal.interview;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;

/**
 * One interviewer's interview with one candidate: the questions fixed when it started (a later change of the kit
 * does not reshuffle a running interview), the answers as they are scored, and where the interviewer stopped.
 */
@Entity
@Table(name = "interview")
class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long candidateId;
    @Column(nullable = false)
    private Long vacancyId;
    @Column(nullable = false)
    private String interviewer;
    @Column(nullable = false)
    private String interviewerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewStatus status = InterviewStatus.IN_PROGRESS;
    @Column(nullable = false)
    private int currentPosition;
    @Column(nullable = false)
    private int plannedMinutes;
    @Column(nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private Instant submittedAt;
    private String conclusion;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_question", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", nullable = false)
    @BatchSize(size = 50)
    private List<String> questionIds = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "interview_id", nullable = false)
    @BatchSize(size = 50)
    private List<InterviewAnswer> answers = new ArrayList<>();

    protected Interview() {
    }

    Interview(long candidateId, long vacancyId, String interviewer, String interviewerName, List<String> questionIds,
              int plannedMinutes, Instant now) {
        this.candidateId = candidateId;
        this.vacancyId = vacancyId;
        this.interviewer = interviewer;
        this.interviewerName = interviewerName;
        this.questionIds.addAll(questionIds);
        this.plannedMinutes = plannedMinutes;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** The answer to a question of this interview, created on first touch. */
    InterviewAnswer answer(String questionId, Instant now) {
        return findAnswer(questionId).orElseGet(() -> {
            InterviewAnswer answer = new InterviewAnswer(questionId, now);
            answers.add(answer);
            return answer;
        });
    }

    Optional<InterviewAnswer> findAnswer(String questionId) {
        return answers.stream().filter(a -> a.getQuestionId().equals(questionId)).findFirst();
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void moveTo(int position, Instant now) {
        this.currentPosition = position;
        touch(now);
    }

    void submit(String conclusion, Instant now) {
        this.status = InterviewStatus.SUBMITTED;
        this.conclusion = conclusion;
        this.submittedAt = now;
        touch(now);
    }

    Long getId() {
        return id;
    }

    long getCandidateId() {
        return candidateId;
    }

    long getVacancyId() {
        return vacancyId;
    }

    String getInterviewer() {
        return interviewer;
    }

    String getInterviewerName() {
        return interviewerName;
    }

    InterviewStatus getStatus() {
        return status;
    }

    boolean submitted() {
        return status == InterviewStatus.SUBMITTED;
    }

    int getCurrentPosition() {
        return currentPosition;
    }

    int getPlannedMinutes() {
        return plannedMinutes;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getConclusion() {
        return conclusion;
    }

    List<String> getQuestionIds() {
        return List.copyOf(questionIds);
    }

    List<InterviewAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
