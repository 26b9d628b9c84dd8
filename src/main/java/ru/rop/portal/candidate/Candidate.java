package ru.rop.portal.candidate;

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
import java.time.Instant;
import org.hibernate.annotations.BatchSize;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "candidate")
class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long vacancyId;
    @Column(nullable = false, length = 200)
    private String fullName;
    @Column(nullable = false, length = 254)
    private String email;
    private String phone;
    private String phoneDigits;
    private String city;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String currentPosition;
    private String currentCompany;
    private Integer expectedSalary;
    private String notes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Stage stage = Stage.NEW;
    private String rejectionReason;
    // Tags come in batches: a grid page or a CSV export is a handful of queries, not one per candidate.
    @BatchSize(size = 200)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate_tag", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "tag", nullable = false, length = 40)
    private Set<String> tags = new TreeSet<>();
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(long vacancyId, String createdBy, Instant createdAt) {
        this.vacancyId = vacancyId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void apply(CandidateForm form, String phoneDigits, Instant at) {
        fullName = form.fullName();
        email = form.email();
        phone = form.phone();
        this.phoneDigits = phoneDigits;
        city = form.city();
        source = form.source();
        currentPosition = form.currentPosition();
        currentCompany = form.currentCompany();
        expectedSalary = form.expectedSalary();
        notes = form.notes();
        tags.clear();
        tags.addAll(form.tags());
        updatedAt = at;
    }

    void moveTo(Stage to, String reason, Instant at) {
        stage = to;
        rejectionReason = to == Stage.REJECTED ? reason : null;
        updatedAt = at;
    }

    CandidateSummary toSummary() {
        return new CandidateSummary(id, vacancyId, fullName, email, phone, city, source, currentPosition,
                currentCompany, expectedSalary, stage, rejectionReason, Set.copyOf(tags), createdAt, updatedAt,
                version);
    }

    CandidateForm toForm() {
        return new CandidateForm(vacancyId, fullName, email, phone, city, source, currentPosition, currentCompany,
                expectedSalary, notes, Set.copyOf(tags), version);
    }

    Long getId() {
        return id;
    }

    long getVacancyId() {
        return vacancyId;
    }

    String getEmail() {
        return email;
    }

    String getPhoneDigits() {
        return phoneDigits;
    }

    Source getSource() {
        return source;
    }

    Stage getStage() {
        return stage;
    }

    String getFullName() {
        return fullName;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getNotes() {
        return notes;
    }

    long getVersion() {
        return version;
    }
}
