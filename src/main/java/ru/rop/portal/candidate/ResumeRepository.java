package ru.rop.portal.candidate;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResumeRepository extends JpaRepository<Resume, Long> {

    /** The file's metadata without loading its content. */
    @Query("select new ru.rop.portal.candidate.ResumeInfo(r.fileName, r.contentType, r.sizeBytes, r.uploadedAt,"
            + " r.uploadedBy) from Resume r where r.candidateId = :candidateId")
    Optional<ResumeInfo> findInfo(long candidateId);
}
