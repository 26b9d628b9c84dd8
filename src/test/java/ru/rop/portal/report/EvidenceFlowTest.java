package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewQuestion;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.interview.PanelSummary;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** Interview answers and case levels → competencies and dimensions → type and recommendation, on the real database. */
@IntegrationTest
class EvidenceFlowTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    ProfileService profiles;
    @Autowired
    CandidateService candidates;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    private TestAccounts.Account first;
    private TestAccounts.Account second;
    private long candidate;

    @BeforeEach
    void candidate() {
        first = accounts.create(Role.OWNER);
        second = accounts.create(Role.HR);
        accounts.signIn(first.email());
        long vacancy = data.vacancy();
        candidate = data.candidate(vacancy, "Анна Сергеевна Смирнова");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** Scores every question: positive weights at {@code score}; returns the session. */
    private InterviewSession interviewScoring(int score) {
        long id = interviews.start(candidate);
        InterviewSession session = interviews.session(id);
        for (InterviewSession.Step step : session.steps()) {
            interviews.score(id, step.question().id(), score);
        }
        return interviews.session(id);
    }

    @Test
    void aStrongInterviewMakesACeoDreamWithAStrongYes() {
        InterviewSession session = interviewScoring(5);
        interviews.write(session.id(), session.steps().getFirst().question().id(), NoteField.NOTES,
                "План на три варианта, цифры помнит: 48 млн факт при плане 45.");
        interviews.submit(session.id(), "Сильный системный руководитель");

        CandidateProfile profile = profiles.profile(candidate);

        assertThat(profile.blinded()).isFalse();
        assertThat(profile.stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(profile.classification()).isNotNull();
        assertThat(profile.classification().best().type()).isEqualTo(RopTypeId.CEO_DREAM);
        assertThat(profile.competencies()).filteredOn(c -> c.known())
                .allSatisfy(c -> assertThat(c.score()).isEqualTo(5.0));
        assertThat(profile.recommendation().value()).isEqualTo(Recommendation.STRONG_YES);
        assertThat(profile.quotes()).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("48 млн"));
        assertThat(profile.raters()).singleElement()
                .satisfies(r -> assertThat(r.conclusion()).isEqualTo("Сильный системный руководитель"));
    }

    @Test
    void weakAnswersAndRedFlagsMakeAStrongNo() {
        InterviewSession session = interviewScoring(2);
        InterviewSession.Step flagged = session.steps().stream().filter(s -> s.redFlags().size() >= 1)
                .findFirst().orElseThrow();
        String flag = flagged.redFlags().getFirst().id();
        interviews.flag(session.id(), flagged.question().id(), flag, true);
        interviews.submit(session.id(), "Слабо");

        CandidateProfile profile = profiles.profile(candidate);

        assertThat(profile.redFlags()).singleElement().satisfies(f -> {
            assertThat(f.flag().id()).isEqualTo(flag);
            assertThat(f.sources()).singleElement().asString().contains(flagged.question().id());
        });
        assertThat(profile.recommendation().value()).isEqualTo(Recommendation.STRONG_NO);
        assertThat(profile.classification().best().type()).isNotEqualTo(RopTypeId.CEO_DREAM);
    }

    @Test
    void scoredCaseCriteriaBecomeCaseEvidenceOnTheirDimensions() {
        BusinessCase businessCase = caseLibrary.cases().getFirst();
        long assignment = cases.assign(candidate, businessCase.id(), CaseMode.WRITTEN);
        cases.saveAnswer(assignment, null, "Предлагаю пакет «поставка плюс монтаж» и пилот на 50 заявках.");
        BusinessCase.Criterion criterion = businessCase.criteria().getFirst();
        cases.level(assignment, criterion.id(), 4);
        cases.comment(assignment, criterion.id(), "Посчитал потери");

        CandidateProfile profile = profiles.profile(candidate);

        DimensionId dimension = criterion.evidence().keySet().iterator().next();
        assertThat(profile.dimensions().get(dimension).known()).isTrue();
        assertThat(profile.competencies()).filteredOn(c -> c.competencyId().equals(criterion.competency()))
                .singleElement().satisfies(c -> assertThat(c.score()).isEqualTo(4.0));
        assertThat(profile.cases()).singleElement().satisfies(result -> {
            assertThat(result.answered()).isTrue();
            assertThat(result.criteria().getFirst().meanLevel()).isEqualTo(4.0);
            assertThat(result.criteria().getFirst().comments().getFirst().comment()).isEqualTo("Посчитал потери");
        });
        assertThat(profile.classification()).as("one criterion is too little to classify").isNull();
        assertThat(profile.recommendation().value()).isEqualTo(Recommendation.INSUFFICIENT);
        assertThatThrownBy(() -> cases.assign(candidate, businessCase.id(), CaseMode.ORAL))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> cases.level(assignment, criterion.id(), 6)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> cases.saveAnswer(assignment, "устаревший текст", "мой текст"))
                .as("an answer changed since the editor loaded it is not overwritten")
                .hasMessageContaining("case.answer.changed");
        assertThat(cases.sheet(assignment).answer()).startsWith("Предлагаю пакет");
    }

    @Test
    void whileTheViewersInterviewIsOpenColleaguesCaseLevelsAreHiddenToo() {
        BusinessCase businessCase = caseLibrary.cases().getFirst();
        long assignment = cases.assign(candidate, businessCase.id(), CaseMode.ORAL);
        cases.level(assignment, businessCase.criteria().getFirst().id(), 5);

        accounts.signIn(second.email());
        interviews.start(candidate);
        CandidateProfile blinded = profiles.profile(candidate);
        assertThat(blinded.blinded()).isTrue();
        assertThat(blinded.competencies()).noneMatch(c -> c.known());
        assertThat(blinded.cases().getFirst().criteria().getFirst().comments()).isEmpty();

        accounts.signIn(first.email());
        assertThat(profiles.profile(candidate).competencies()).anyMatch(c -> c.known());
    }

    @Test
    void scoresStayBlindUntilTheRaterSubmitsAndThePanelShowsDisagreements() {
        InterviewSession mine = interviewScoring(5);
        interviews.submit(mine.id(), "Сильный");

        accounts.signIn(second.email());
        InterviewSession theirs = interviewScoring(2);
        assertThat(interviews.panel(candidate).blinded()).isTrue();
        assertThat(interviews.panel(candidate).rows()).as("only her own column")
                .allSatisfy(r -> assertThat(r.scores()).hasSize(1));
        assertThat(profiles.profile(candidate).blinded()).isTrue();
        assertThat(profiles.profile(candidate).competencies()).noneMatch(c -> c.known());
        assertThatThrownBy(() -> interviews.session(mine.id()))
                .as("nobody opens a colleague's interview").isInstanceOf(UserFacingException.class);

        interviews.submit(theirs.id(), "Слабый");
        PanelSummary panel = interviews.panel(candidate);

        assertThat(panel.blinded()).isFalse();
        assertThat(panel.raters()).extracting(PanelSummary.Rater::conclusion).containsExactly("Сильный", "Слабый");
        PanelSummary.Row row = panel.rows().stream().filter(r -> r.spread() != null).findFirst().orElseThrow();
        assertThat(row.scores()).containsExactly(5.0, 2.0);
        assertThat(row.spread()).isEqualTo(3.0);
        assertThat(row.disagreement()).isTrue();
        CandidateProfile profile = profiles.profile(candidate);
        assertThat(profile.competencies()).filteredOn(c -> c.known()).allSatisfy(c -> {
            assertThat(c.score()).isEqualTo(3.5);
            assertThat(c.spread()).isEqualTo(3.0);
        });
    }

    @Test
    void aSubmittedInterviewIsFrozenAndNeedsAConclusionAndAScore() {
        long id = interviews.start(candidate);
        String question = interviews.session(id).steps().getFirst().question().id();
        assertThatThrownBy(() -> interviews.submit(id, "Итог")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("interview.submit.nothing-scored");
        interviews.score(id, question, 3);
        assertThatThrownBy(() -> interviews.submit(id, "  ")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> interviews.score(id, question, 0)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> interviews.score(id, "Q999", 3)).isInstanceOf(UserFacingException.class);
        interviews.submit(id, "Итог");
        assertThatThrownBy(() -> interviews.score(id, question, 4)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("interview.submitted");
        assertThat(interviews.start(candidate)).as("the same interviewer resumes, never starts twice").isEqualTo(id);
    }

    @Test
    void onlyAnOwnerOverridesTheRecommendationAndOnlyWithAReason() {
        assertThatThrownBy(() -> profiles.decide(candidate, Recommendation.YES, " "))
                .isInstanceOf(UserFacingException.class);
        profiles.decide(candidate, Recommendation.YES, "Знаем по прошлой работе: команда за ним пойдёт");
        CandidateProfile profile = profiles.profile(candidate);
        assertThat(profile.recommendation().value()).isEqualTo(Recommendation.INSUFFICIENT);
        assertThat(profile.effectiveRecommendation()).isEqualTo(Recommendation.YES);

        accounts.signIn(second.email());
        assertThatThrownBy(() -> profiles.decide(candidate, Recommendation.NO, "Не согласен"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasingTheCandidateDeletesTheEvidenceToo() {
        InterviewSession session = interviewScoring(4);
        interviews.submit(session.id(), "Итог");
        cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.ORAL);
        candidates.erase(candidate);
        assertThatThrownBy(() -> interviews.session(session.id())).isInstanceOf(UserFacingException.class);
        assertThat(interviews.interviews(candidate)).isEmpty();
        assertThat(cases.assignments(candidate)).isEmpty();
    }

    @Test
    void interviewObservationsCarryTheInterviewSource() {
        InterviewSession session = interviewScoring(4);
        interviews.submit(session.id(), "Итог");
        assertThat(interviews.evidence(candidate).observations())
                .allSatisfy(o -> assertThat(o.source()).isEqualTo(EvidenceSource.INTERVIEW))
                .extracting(o -> o.reference())
                .containsAll(session.steps().stream().map(InterviewSession.Step::question)
                        .map(InterviewQuestion::id).toList());
        assertThat(List.of(session.plannedMinutes())).containsExactly(60);
    }
}
