package ru.rop.portal.retention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import ru.rop.portal.candidate.ErasureReason;

/**
 * A destruction record (акт) as the database knows it: no names, which are only in its file, but its number,
 * date, reason, how many people it covers, the file's name and SHA-256, and the anonymous erasure rows it lists.
 */
@Entity
@Table(name = "destruction_act")
class DestructionAct {

    @Id
    private Long id;
    @Column(nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ErasureReason reason;
    @Column(nullable = false)
    private int subjects;
    @Column(nullable = false, length = 80)
    private String fileName;
    @Column(nullable = false, columnDefinition = "CHAR(64)")
    private String sha256;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "destruction_act_erasure", joinColumns = @JoinColumn(name = "act_id"))
    @Column(name = "erasure_id", nullable = false)
    private Set<Long> erasureIds = new TreeSet<>();

    protected DestructionAct() {
    }

    DestructionAct(long number, Instant createdAt, ErasureReason reason, Set<Long> erasureIds, String fileName,
                   String sha256) {
        this.id = number;
        this.createdAt = createdAt;
        this.reason = reason;
        this.subjects = erasureIds.size();
        this.erasureIds.addAll(erasureIds);
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    DestructionActSummary toSummary() {
        return new DestructionActSummary(id, createdAt, reason, subjects, fileName, sha256, Set.copyOf(erasureIds));
    }

    String getFileName() {
        return fileName;
    }

    String getSha256() {
        return sha256;
    }
}
