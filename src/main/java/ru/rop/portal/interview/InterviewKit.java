package ru.rop.portal.interview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The saved interview plan of a vacancy: question ids in the order they are asked. */
@Entity
@Table(name = "interview_kit")
class InterviewKit {

    @Id
    private Long vacancyId;
    @Column(nullable = false)
    private int lengthMinutes;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_kit_question", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", nullable = false)
    private List<String> questionIds = new ArrayList<>();
    @Column(nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private String updatedBy;
    @Version
    private long version;

    protected InterviewKit() {
    }

    InterviewKit(long vacancyId) {
        this.vacancyId = vacancyId;
    }

    void replace(int lengthMinutes, List<String> questionIds, String by, Instant at) {
        this.lengthMinutes = lengthMinutes;
        this.questionIds.clear();
        this.questionIds.addAll(questionIds);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    int getLengthMinutes() {
        return lengthMinutes;
    }

    List<String> getQuestionIds() {
        return List.copyOf(questionIds);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    long getVersion() {
        return version;
    }
}
