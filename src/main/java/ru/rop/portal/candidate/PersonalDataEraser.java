package ru.rop.portal.candidate;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AuditEvent;

/**
 * Destroys one candidate's personal data: the résumé, the card, the stage history and, through
 * {@link CandidateDeleted}, every feature's interviews, cases, answers, consents and decisions. Carries no role check
 * of its own because its callers are the authority: {@link CandidateService#erase} for staff, the candidate's own
 * link for a withdrawal, the retention schedule for expired data.
 */
@Component
public class PersonalDataEraser {

    private final CandidateRepository candidates;
    private final StageChangeRepository history;
    private final ResumeRepository resumes;
    private final CandidateErasureRepository erasures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataEraser(CandidateRepository candidates, StageChangeRepository history, ResumeRepository resumes,
                       CandidateErasureRepository erasures, ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.history = history;
        this.resumes = resumes;
        this.erasures = erasures;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ErasedCandidate erase(long candidateId, ErasureReason reason, String actor) {
        Candidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new CandidateNotFoundException(candidateId));
        Instant now = clock.instant();
        events.publishEvent(new CandidateDeleted(candidateId));
        resumes.findById(candidateId).ifPresent(resumes::delete);
        history.deleteAll(history.findByCandidateIdOrderByChangedAtAscIdAsc(candidateId));
        candidates.delete(candidate);
        CandidateErasure erasure = erasures.save(new CandidateErasure(candidateId, candidate.getVacancyId(),
                candidate.getStage(), candidate.getSource(), reason, now, actor));
        ErasedCandidate erased = new ErasedCandidate(erasure.getId(), candidateId, candidate.getVacancyId(),
                candidate.getFullName(), candidate.getEmail(), candidate.getStage(), reason, now, actor);
        events.publishEvent(new CandidateErased(erased));
        AuditEvent audit = AuditEvent.candidate(AuditEvent.Action.ERASE, candidateId, candidate.getVacancyId(),
                "reason " + reason.name());
        events.publishEvent(reason == ErasureReason.WITHDRAWAL ? audit.byTheCandidate() : audit);
        candidates.flush();
        return erased;
    }
}
