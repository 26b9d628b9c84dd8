package ru.rop.portal.privacy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TalentPoolConsentRepository extends JpaRepository<TalentPoolConsent, Long> {

    Optional<TalentPoolConsent> findByCandidateId(long candidateId);
}
