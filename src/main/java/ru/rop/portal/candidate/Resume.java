package ru.rop.portal.candidate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "candidate_resume")
class Resume {

    @Id
    private Long candidateId;
    @Column(nullable = false)
    private String fileName;
    @Column(nullable = false)
    private String contentType;
    @Column(nullable = false)
    private long sizeBytes;
    // MEDIUMBLOB (16 MB) on MariaDB; H2 reads it as a BLOB. The definition lets schema validation match both.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] content;
    @Column(nullable = false)
    private Instant uploadedAt;
    @Column(nullable = false)
    private String uploadedBy;

    protected Resume() {
    }

    Resume(long candidateId) {
        this.candidateId = candidateId;
    }

    void replace(String fileName, String contentType, byte[] content, String by, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    ResumeInfo toInfo() {
        return new ResumeInfo(fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
    }

    byte[] getContent() {
        return content;
    }
}
