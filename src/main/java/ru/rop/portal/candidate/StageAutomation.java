package ru.rop.portal.candidate;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AuditEvent;

/**
 * Moves a candidate forward when something happened that places them further on the way — an invitation sent,
 * an assessment submitted by the candidate through their link. It never moves back, and never out of «hired» or
 * «rejected»; a person's own moves stay with {@link CandidateService}.
 */
@Component
public class StageAutomation {

    private final CandidateRepository candidates;
    private final StageChangeRepository history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StageAutomation(CandidateRepository candidates, StageChangeRepository history, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.candidates = candidates;
        this.history = history;
        this.clock = clock;
    }

    /** @param by who or what caused it, for the stage history */
    @Transactional
    public void advance(long candidateId, Stage to, String by) {
        candidates.findById(candidateId).ifPresent(candidate -> {
            Stage from = candidate.getStage();
            if (from.terminal() || from.ordinal() >= to.ordinal()) {
                return;
            }
            Instant now = clock.instant();
            candidate.moveTo(to, null, now);
            history.save(new StageChange(candidateId, from, to, null, by, now));
            events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidateId, candidate.getVacancyId(),
                    "stage " + from.name() + "→" + to.name() + " automatic"));
            events.publishEvent(new StageChanged(candidateId, candidate.getVacancyId(), from, to, true));
        });
    }
}
