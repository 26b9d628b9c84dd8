package ru.rop.portal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a vacancy's job description: never changed, so any version can be shown or restored. */
@Entity
@Table(name = "job_description_version")
class JobDescriptionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long vacancyId;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;
    private String note;
    @Column(nullable = false)
    private String savedBy;
    @Column(nullable = false)
    private Instant savedAt;

    protected JobDescriptionVersion() {
    }

    JobDescriptionVersion(long vacancyId, int number, String content, String note, String savedBy, Instant savedAt) {
        this.vacancyId = vacancyId;
        this.number = number;
        this.content = content;
        this.note = note;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    int getNumber() {
        return number;
    }

    String getContent() {
        return content;
    }

    VersionInfo toInfo() {
        return new VersionInfo(number, note, savedBy, savedAt);
    }
}
