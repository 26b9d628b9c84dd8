package ru.rop.portal.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import ru.rop.portal.candidate.CandidateStanding;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.privacy.TalentPoolEntry;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * When a candidate's personal data is to be destroyed (152-ФЗ, art. 5 p. 7 and art. 21 p. 4: no longer than the
 * purpose requires). The hiring decision is the earlier of the candidate reaching «hired» or «rejected» and their
 * vacancy being filled or closed; the data is due the retention period after it, or at the end of a standing
 * talent-pool consent when that runs longer. A hired person's record is kept through the follow-up of the outcomes
 * after the hire ({@link #HIRE_FOLLOW_UP}) and is due the retention period after that. While nothing is decided,
 * nothing is due.
 */
final class RetentionRule {

    /** The 12-month outcome with a start up to two months after the hire. */
    static final Period HIRE_FOLLOW_UP = Period.ofMonths(14);

    private final Duration retention;

    RetentionRule(int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("The retention period must be at least a day, is " + retentionDays);
        }
        this.retention = Duration.ofDays(retentionDays);
    }

    /**
     * @param vacancy the candidate's vacancy; null if it is gone
     * @param pool    the candidate's talent-pool consent; null when never given
     * @return empty while the hiring of the candidate is undecided
     */
    Optional<Due> due(CandidateStanding candidate, VacancySummary vacancy, TalentPoolEntry pool) {
        HiringEnd decision = null;
        Instant decidedAt = null;
        if (candidate.decidedAt() != null && candidate.stage().terminal()) {
            decision = candidate.stage() == Stage.HIRED ? HiringEnd.HIRED : HiringEnd.REJECTED;
            decidedAt = candidate.decidedAt();
        }
        if (vacancy != null && vacancy.decided() && vacancy.closedAt() != null
                && (decidedAt == null || vacancy.closedAt().isBefore(decidedAt))) {
            decision = vacancy.status() == VacancyStatus.FILLED ? HiringEnd.VACANCY_FILLED : HiringEnd.VACANCY_CLOSED;
            decidedAt = vacancy.closedAt();
        }
        if (decision == null) {
            return Optional.empty();
        }
        Instant dueAt = decidedAt.plus(retention);
        if (candidate.stage() == Stage.HIRED && candidate.decidedAt() != null) {
            // The outcomes 3, 6 and 12 months after the start date are recorded on the hire's record: it stays
            // through the follow-up, then the retention period as for everyone.
            Instant followedUp = candidate.decidedAt().atZone(ZoneOffset.UTC).plus(HIRE_FOLLOW_UP).toInstant()
                    .plus(retention);
            dueAt = followedUp.isAfter(dueAt) ? followedUp : dueAt;
        }
        Instant poolUntil = pool != null && pool.valid() ? pool.until() : null;
        if (poolUntil != null && poolUntil.isAfter(dueAt)) {
            dueAt = poolUntil;
        }
        return Optional.of(new Due(decision, decidedAt, dueAt, poolUntil));
    }

    /** @param poolUntil the end of a standing talent-pool consent; null without one */
    record Due(HiringEnd decision, Instant decidedAt, Instant dueAt, Instant poolUntil) {
    }
}
