package ru.rop.portal.demo;

import java.util.Comparator;
import java.util.List;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.SelfAssessmentBlock;
import ru.rop.portal.assessment.SelfAssessmentStatement;
import ru.rop.portal.assessment.SituationalItem;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;

/**
 * A persona played through the real services: the online assessment by the link, answered honestly; an interview
 * by the signed-in interviewer, scored as the anchors would place the person; an oral case read the same way.
 */
public class DemoPlay {

    public static final String ADDRESS = "192.0.2.10";

    private final InvitationService invitations;
    private final CandidateAssessmentService assessments;
    private final AssessmentLibrary library;
    private final CaseLibrary caseLibrary;
    private final InterviewService interviews;
    private final CaseService cases;

    public DemoPlay(InvitationService invitations, CandidateAssessmentService assessments, AssessmentLibrary library,
                    CaseLibrary caseLibrary, InterviewService interviews, CaseService cases) {
        this.invitations = invitations;
        this.assessments = assessments;
        this.library = library;
        this.caseLibrary = caseLibrary;
        this.interviews = interviews;
        this.cases = cases;
    }

    /** The candidate opens the link, consents, answers as the persona honestly would, and submits. */
    public void online(long candidate, Persona persona) {
        String url = invitations.invite(candidate, 7).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan opened = assessments.open(token, ADDRESS).orElseThrow();
        assessments.consent(token, ADDRESS, opened.consent().version());
        for (AssessmentPlan.Item item : assessments.current(token).items()) {
            if (item.kind() == AssessmentSection.SITUATIONAL) {
                SituationalItem situational = library.situationalItem(item.id()).orElseThrow();
                assessments.choose(token, item.id(), situational.options().stream()
                        .max(Comparator.comparingDouble((SituationalItem.Option o) -> persona.agreement(o.effects())))
                        .orElseThrow().id(), 40, null);
            } else if (item.kind() == AssessmentSection.SELF) {
                SelfAssessmentBlock block = library.block(item.id()).orElseThrow();
                Comparator<SelfAssessmentStatement> likeMe = Comparator.comparingDouble(s -> likeness(persona, s));
                String most = block.statements().stream().max(likeMe).orElseThrow().id();
                String least = block.statements().stream().filter(s -> !s.id().equals(most)).min(likeMe)
                        .orElseThrow().id();
                assessments.rank(token, item.id(), most, least, 40);
            }
        }
        assessments.submit(token);
    }

    private static double likeness(Persona persona, SelfAssessmentStatement statement) {
        double distance = persona.value(statement.dimension()) - 3.0;
        return statement.pole() == SelfAssessmentStatement.Pole.HIGH ? distance : -distance;
    }

    /** The signed-in interviewer runs the vacancy's kit with the persona and submits; returns the interview id. */
    public long interview(long candidate, Persona persona, String conclusion) {
        long id = interviews.start(candidate);
        InterviewSession session = interviews.session(id);
        for (InterviewSession.Step step : session.steps()) {
            String question = step.question().id();
            interviews.score(id, question, persona.score(step.question().evidence()));
            for (DimensionId style : step.question().styles()) {
                interviews.markStyle(id, question, style, persona.position(style));
            }
            step.redFlags().stream().filter(flag -> persona.shows(flag.effects()))
                    .forEach(flag -> interviews.flag(id, question, flag.id(), true));
        }
        interviews.submit(id, conclusion);
        return id;
    }

    /** The signed-in interviewer gives one oral case and scores every criterion as a reader would. */
    public String oralCase(long candidate, Persona persona, int caseIndex) {
        List<BusinessCase> oral = caseLibrary.cases().stream().filter(c -> c.modes().contains(CaseMode.ORAL)).toList();
        BusinessCase businessCase = oral.get(caseIndex % oral.size());
        long assignment = cases.assign(candidate, businessCase.id(), CaseMode.ORAL);
        for (BusinessCase.Criterion criterion : businessCase.criteria()) {
            cases.level(assignment, criterion.id(), persona.score(criterion.evidence()));
        }
        return businessCase.id();
    }
}
