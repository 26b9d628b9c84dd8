package ru.rop.portal.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.rop.portal.TestData;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.SelfAssessmentBlock;
import ru.rop.portal.assessment.SelfAssessmentStatement;
import ru.rop.portal.assessment.SituationalItem;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.demo.DemoPlay;
import ru.rop.portal.demo.Persona;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;

/**
 * Plays a candidate through the real services: the online assessment by the link, an interview by the signed-in
 * staff user, cases read by them; then reads the profile as an owner would. How each answer is chosen is a
 * {@link Strategy}: a persona answering honestly, or a rule of thumb gaming the assessment.
 */
@Component
class Simulation {

    static final String ADDRESS = "192.0.2.10";

    private final TestData data;
    private final InvitationService invitations;
    private final CandidateAssessmentService assessments;
    private final AssessmentLibrary library;
    private final InterviewService interviews;
    private final ProfileService profiles;
    private final RopModel model;
    private final DemoPlay play;

    Simulation(TestData data, InvitationService invitations, CandidateAssessmentService assessments,
               AssessmentLibrary library, CaseLibrary caseLibrary, InterviewService interviews, CaseService cases,
               ProfileService profiles, RopModel model) {
        this.data = data;
        this.invitations = invitations;
        this.assessments = assessments;
        this.library = library;
        this.interviews = interviews;
        this.profiles = profiles;
        this.model = model;
        this.play = new DemoPlay(invitations, assessments, library, caseLibrary, interviews, cases);
    }

    /** How a simulated candidate picks: an option of a situational item, and most/least in a forced-choice block. */
    interface Strategy {

        String choose(SituationalItem item, List<AssessmentPlan.Option> shown);

        /** @return {most, least} statement ids */
        String[] rank(SelfAssessmentBlock block, List<AssessmentPlan.Option> shown);

        default int seconds() {
            return 40;
        }
    }

    /** The honest answers of a persona: what agrees most with where they really are. */
    static Strategy honest(Persona persona) {
        return new Strategy() {
            @Override
            public String choose(SituationalItem item, List<AssessmentPlan.Option> shown) {
                return item.options().stream()
                        .max(Comparator.comparingDouble((SituationalItem.Option o) -> persona.agreement(o.effects())))
                        .orElseThrow().id();
            }

            @Override
            public String[] rank(SelfAssessmentBlock block, List<AssessmentPlan.Option> shown) {
                Comparator<SelfAssessmentStatement> likeMe = Comparator.comparingDouble(s -> likeness(persona, s));
                String most = block.statements().stream().max(likeMe).orElseThrow().id();
                return new String[] {most, block.statements().stream().filter(s -> !s.id().equals(most))
                        .min(likeMe).orElseThrow().id()};
            }
        };
    }

    private static double likeness(Persona persona, SelfAssessmentStatement statement) {
        double distance = persona.value(statement.dimension()) - 3.0;
        return statement.pole() == SelfAssessmentStatement.Pole.HIGH ? distance : -distance;
    }

    /** A rule of thumb on what is shown: e.g. always the first option, always the longest. */
    static Strategy byScreen(Function<List<AssessmentPlan.Option>, String> option,
                             Function<List<AssessmentPlan.Option>, String[]> statements, int seconds) {
        return new Strategy() {
            @Override
            public String choose(SituationalItem item, List<AssessmentPlan.Option> shown) {
                return option.apply(shown);
            }

            @Override
            public String[] rank(SelfAssessmentBlock block, List<AssessmentPlan.Option> shown) {
                return statements.apply(shown);
            }

            @Override
            public int seconds() {
                return seconds;
            }
        };
    }

    static Strategy random(long seed) {
        Random random = new Random(seed);
        return byScreen(shown -> shown.get(random.nextInt(shown.size())).id(), shown -> {
            int most = random.nextInt(shown.size());
            int least = (most + 1 + random.nextInt(shown.size() - 1)) % shown.size();
            return new String[] {shown.get(most).id(), shown.get(least).id()};
        }, 40);
    }

    long candidate(String name) {
        return data.candidate(data.vacancy(), name);
    }

    /** The candidate opens the link, consents, answers every situational item and block, and submits. */
    void online(long candidate, Strategy strategy) {
        String url = invitations.invite(candidate, 7).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan opened = assessments.open(token, ADDRESS).orElseThrow();
        assessments.consent(token, ADDRESS, opened.consent().version());
        AssessmentPlan plan = assessments.current(token);
        for (AssessmentPlan.Item item : plan.items()) {
            if (item.kind() == AssessmentSection.SITUATIONAL) {
                SituationalItem situational = library.situationalItem(item.id()).orElseThrow();
                assessments.choose(token, item.id(), strategy.choose(situational, item.options()),
                        strategy.seconds(), null);
            } else if (item.kind() == AssessmentSection.SELF) {
                SelfAssessmentBlock block = library.block(item.id()).orElseThrow();
                String[] picks = strategy.rank(block, item.options());
                assessments.rank(token, item.id(), picks[0], picks[1], strategy.seconds());
            }
        }
        assessments.submit(token);
    }

    /** The signed-in interviewer runs the vacancy's kit with the persona (see {@link DemoPlay#interview}). */
    List<String> interview(long candidate, Persona persona) {
        long id = play.interview(candidate, persona, "Интервью по плану");
        return interviews.session(id).steps().stream().map(step -> step.question().id()).toList();
    }

    /** The interviewer gives the persona one oral case and scores every criterion as a reader would. */
    String oralCase(long candidate, Persona persona, int caseIndex) {
        return play.oralCase(candidate, persona, caseIndex);
    }

    CandidateProfile profile(long candidate) {
        return profiles.profile(candidate);
    }

    RopModel model() {
        return model;
    }
}
