package ru.rop.portal.candidate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateErasureRepository extends JpaRepository<CandidateErasure, Long> {
}
