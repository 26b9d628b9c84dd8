package ru.rop.portal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.PersonalDataSection;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CandidateCases.CaseData;
import ru.rop.portal.cases.CandidateCases;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.privacy.ConsentRecord;

/**
 * The candidate's invitations with the consents given, the online answers with the words of each question and of
 * the option chosen (or of the statements marked most and least like them), and the business cases with their
 * answers and raters' scores, for the export of a person's data.
 */
@Component
class AssessmentPersonalData implements PersonalDataSection {

    record Data(List<InvitationData> invitations, List<CaseData> cases) {
    }

    /** @param consent null while none was given through this invitation */
    record InvitationData(Instant createdAt, String createdBy, Instant expiresAt, Instant revokedAt,
                          Instant emailSentAt, Instant openedAt, ConsentRecord consent, Instant submittedAt,
                          int tabSwitches, List<AnswerData> answers) {
    }

    /**
     * @param question the situation, a block's instructions, or the case's title
     * @param answer the chosen option's words; a case's text is with the case
     * @param likert an earlier Likert self-assessment's agreement (1–5), kept as given
     * @param most a forced-choice block's statement marked «most like me»
     * @param least a forced-choice block's statement marked «least like me»
     */
    record AnswerData(AssessmentSection section, String itemId, String question, String answer, Integer likert,
                      Pick most, Pick least, int secondsSpent, int pastedChars, Instant answeredAt) {
    }

    /** @param text the statement's words; null when the content no longer has it */
    record Pick(String statementId, String text) {
    }

    private final InvitationRepository invitations;
    private final AssessmentAnswerRepository answers;
    private final CandidateCases cases;
    private final AssessmentLibrary library;
    private final CaseLibrary caseLibrary;
    private final InvitationConsents consents;

    AssessmentPersonalData(InvitationRepository invitations, AssessmentAnswerRepository answers,
                           CandidateCases cases, AssessmentLibrary library, CaseLibrary caseLibrary,
                           InvitationConsents consents) {
        this.invitations = invitations;
        this.answers = answers;
        this.cases = cases;
        this.library = library;
        this.caseLibrary = caseLibrary;
        this.consents = consents;
    }

    @Override
    public String key() {
        return "assessment";
    }

    @Override
    public Data personalData(long candidateId) {
        List<InvitationData> given = invitations.findByCandidateId(candidateId).stream()
                .map(i -> new InvitationData(i.getCreatedAt(), i.getCreatedBy(), i.getExpiresAt(), i.getRevokedAt(),
                        i.getEmailSentAt(), i.getOpenedAt(),
                        i.consented() ? consents.record(i) : null, i.getSubmittedAt(),
                        i.getTabSwitches(), answers.findByInvitationId(i.getId()).stream().map(this::answer)
                        .toList()))
                .toList();
        return new Data(given, cases.exported(candidateId));
    }

    private AnswerData answer(AssessmentAnswer answer) {
        String question = null;
        String chosen = null;
        Pick most = null;
        Pick least = null;
        switch (answer.getItemKind()) {
            case SITUATIONAL -> {
                Optional<SituationalItem> item = library.situationalItems().stream()
                        .filter(i -> i.id().equals(answer.getItemId())).findFirst();
                question = item.map(SituationalItem::scenario).orElse(null);
                chosen = item.flatMap(i -> i.options().stream().filter(o -> o.id().equals(answer.getChoice()))
                        .findFirst()).map(SituationalItem.Option::text).orElse(answer.getChoice());
            }
            case SELF -> {
                Optional<SelfAssessmentBlock> block = library.block(answer.getItemId());
                question = block.map(b -> library.selfAssessmentInstructions()).orElse(null);
                most = pick(block, answer.getChoice());
                least = pick(block, answer.getLeastChoice());
            }
            case CASES -> question = caseLibrary.businessCase(answer.getItemId()).map(BusinessCase::title)
                    .orElse(null);
        }
        return new AnswerData(answer.getItemKind(), answer.getItemId(), question, chosen, answer.getLikert(),
                most, least, answer.getSecondsSpent(), answer.getPastedChars(), answer.getAnsweredAt());
    }

    private static Pick pick(Optional<SelfAssessmentBlock> block, String statementId) {
        return statementId == null ? null : new Pick(statementId, block.flatMap(b -> b.statement(statementId))
                .map(SelfAssessmentStatement::text).orElse(null));
    }
}
