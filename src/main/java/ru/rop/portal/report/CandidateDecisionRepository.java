package ru.rop.portal.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateDecisionRepository extends JpaRepository<CandidateDecision, Long> {
}
