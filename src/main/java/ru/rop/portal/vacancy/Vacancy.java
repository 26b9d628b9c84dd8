package ru.rop.portal.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "vacancy")
class Vacancy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 200)
    private String companyName;
    private String industry;
    private Integer salesTeamSize;
    private String reportsTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VacancyStatus status = VacancyStatus.OPEN;
    private Integer salaryFrom;
    private Integer salaryTo;
    private String requiredExperience;
    private String notes;
    /** Where the hiring happens: the candidate's interview e-mails give the time here and in Moscow. */
    @Column(nullable = false, length = 64)
    private String timeZone = VacancyForm.DEFAULT_TIME_ZONE;
    /** When the vacancy was filled or closed, the hiring decision for everyone still in it; null while open. */
    private Instant closedAt;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Vacancy() {
    }

    Vacancy(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(VacancyForm form, Instant at) {
        title = form.title();
        companyName = form.companyName();
        industry = form.industry();
        salesTeamSize = form.salesTeamSize();
        reportsTo = form.reportsTo();
        boolean wasDecided = decided(status);
        status = form.status();
        if (!decided(status)) {
            closedAt = null;
        } else if (!wasDecided) {
            closedAt = at;
        }
        salaryFrom = form.salaryFrom();
        salaryTo = form.salaryTo();
        requiredExperience = form.requiredExperience();
        notes = form.notes();
        timeZone = form.timeZone();
        updatedAt = at;
    }

    VacancySummary toSummary() {
        return new VacancySummary(id, title, companyName, industry, salesTeamSize, reportsTo, status, salaryFrom,
                salaryTo, requiredExperience, notes, createdAt, createdBy, updatedAt, closedAt, version, timeZone);
    }

    private static boolean decided(VacancyStatus status) {
        return status == VacancyStatus.FILLED || status == VacancyStatus.CLOSED;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
