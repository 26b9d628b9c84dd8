package ru.rop.portal.assessment;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.PersonalDataEraser;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.privacy.ConsentWithdrawal;
import ru.rop.portal.privacy.ConsentWithdrawals;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The withdrawal of the consent through the assessment's link, for the page of the privacy feature: the link keeps
 * working for it as long as the data is held.
 */
@Service
public class WithdrawalService implements ConsentWithdrawals {

    private final InvitationRepository invitations;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final LinkGuard guard;
    private final PersonalDataEraser eraser;

    WithdrawalService(InvitationRepository invitations, CandidateLookup candidates, VacancyLookup vacancies,
                      LinkGuard guard, PersonalDataEraser eraser) {
        this.invitations = invitations;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.guard = guard;
        this.eraser = eraser;
    }

    /** As on the assessment's page: an address refused for wrong links sees the wait, whatever the link. */
    @Override
    public boolean throttled(@Nullable String address) {
        return guard.refused(address);
    }

    /** Whether the token may withdraw the consent (for the guard against guessing). */
    @Transactional(readOnly = true)
    public boolean withdrawable(String token) {
        return withdrawing(token, false).isPresent();
    }

    /**
     * The withdrawal page behind the link: it works as long as the data is held — after completion, after expiry,
     * after hiring or rejection — but not once staff revoked the link. A wrong link counts against the address.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<ConsentWithdrawal> withdrawal(String token, String address) {
        Optional<Invitation> found = withdrawing(token, false);
        if (found.isEmpty()) {
            guard.failed(address == null ? "" : address);
            return Optional.empty();
        }
        CandidateSummary candidate = candidates.find(found.get().getCandidateId()).orElseThrow();
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        return Optional.of(new ConsentWithdrawal(vacancy.companyName(), vacancy.title(), found.get().consented()));
    }

    /**
     * The candidate withdraws the consent (152-ФЗ, art. 9): their personal data in this vacancy is destroyed at
     * once, with the link itself; an anonymous record of the erasure stays.
     *
     * @throws LinkClosedException for a link that cannot withdraw (any more)
     */
    @Override
    @Transactional
    public void withdraw(String token) {
        Invitation invitation = withdrawing(token, true)
                .orElseThrow(LinkClosedException::new);
        eraser.erase(invitation.getCandidateId(), ErasureReason.WITHDRAWAL,
                CandidateAssessmentService.CANDIDATE_ACTOR);
    }

    private Optional<Invitation> withdrawing(String token, boolean lock) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = AssessmentTokens.hash(token);
        return (lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash))
                .filter(Invitation::withdrawable);
    }
}
