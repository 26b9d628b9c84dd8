package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Where a candidate sits on a style's own scale is marked beside the score, saved at once, only where the question
 * reveals that style, and becomes evidence of the style at the position marked, never the inverse of a score.
 */
@IntegrationTest
class InterviewStyleMarksTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    KitService kits;
    @Autowired
    QuestionBank bank;
    @Autowired
    RopModel model;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    private TestAccounts.Account owner;
    private long candidate;
    private InterviewQuestion styled;
    private InterviewQuestion plain;
    private DimensionId style;

    @BeforeEach
    void anInterviewWithAQuestionRevealingStyles() {
        owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        styled = bank.questions().stream().filter(q -> q.styles().size() == 2).findFirst().orElseThrow();
        plain = bank.questions().stream().filter(q -> q.styles().isEmpty()).findFirst().orElseThrow();
        style = styled.styles().getFirst();
        kits.save(vacancy, new KitForm(45, List.of(plain.id(), styled.id()), null));
        candidate = data.candidate(vacancy, "Стилевая Вера");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private InterviewSession.Step step(long interview, InterviewQuestion question) {
        return interviews.session(interview).steps().stream()
                .filter(s -> s.question().id().equals(question.id())).findFirst().orElseThrow();
    }

    @Test
    void theSessionOffersTheQuestionsStylesWithTheirScales() {
        long interview = interviews.start(candidate);
        InterviewSession.Step step = step(interview, styled);
        assertThat(step.styles()).extracting(d -> d.id()).containsExactlyElementsOf(styled.styles());
        assertThat(step.styles()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DimensionKind.STYLE);
            assertThat(d.scale()).containsOnlyKeys(1, 2, 3, 4, 5);
        });
        assertThat(step(interview, plain).styles()).isEmpty();
    }

    @Test
    void aMarkIsSavedAtOnceAndCanBeCleared() {
        long interview = interviews.start(candidate);

        AnswerRecord marked = interviews.markStyle(interview, styled.id(), style, 4);

        assertThat(marked.style(style)).isEqualTo(4);
        assertThat(marked.score()).as("a style mark is not a score").isNull();
        assertThat(step(interview, styled).answer().styles()).containsExactly(java.util.Map.entry(style, 4));
        interviews.markStyle(interview, styled.id(), style, 2);
        assertThat(step(interview, styled).answer().style(style)).isEqualTo(2);

        interviews.markStyle(interview, styled.id(), style, null);

        assertThat(step(interview, styled).answer().styles()).isEmpty();
    }

    @Test
    void badMarksAreRefusedAndChangeNothing() {
        long interview = interviews.start(candidate);
        interviews.markStyle(interview, styled.id(), style, 3);
        DimensionId unlisted = Arrays.stream(DimensionId.values())
                .filter(d -> model.dimension(d).kind() == DimensionKind.STYLE && !styled.styles().contains(d))
                .findFirst().orElseThrow();
        DimensionId capability = styled.evidence().keySet().iterator().next();

        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), style, 6))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("interview.style.range");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), style, 0))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("interview.style.range");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), unlisted, 2))
                .as("a style the question does not reveal").hasMessageContaining("interview.style.not-listed");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), capability, 2))
                .as("a capability is scored, not marked").hasMessageContaining("interview.style.not-listed");
        assertThatThrownBy(() -> interviews.markStyle(interview, plain.id(), style, 2))
                .hasMessageContaining("interview.style.not-listed");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), null, 2))
                .hasMessageContaining("interview.style.not-listed");

        accounts.signIn(accounts.create(Role.HR).email());
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), style, 5))
                .as("someone else's interview").hasMessageContaining("interview.not-found");

        accounts.signIn(owner.email());
        interviews.score(interview, styled.id(), 4);
        interviews.submit(interview, "Спокойный, контролирует по делу");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), style, 5))
                .as("a submitted interview").hasMessageContaining("interview.submitted");
        assertThatThrownBy(() -> interviews.markStyle(interview, styled.id(), style, null))
                .hasMessageContaining("interview.submitted");

        assertThat(step(interview, styled).answer().styles()).containsExactly(java.util.Map.entry(style, 3));
    }

    @Test
    void aSubmittedMarkIsEvidenceOfTheStyleAtThePositionMarked() {
        long interview = interviews.start(candidate);
        interviews.score(interview, styled.id(), 5);
        interviews.markStyle(interview, styled.id(), style, 4);
        assertThat(interviews.evidence(candidate).observations()).as("blind until submitted").isEmpty();
        interviews.submit(interview, "Плотно контролирует");

        List<Observation> observations = interviews.evidence(candidate).observations();

        assertThat(observations).filteredOn(o -> o.dimension() == style).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(4.0);
            assertThat(o.weight()).isEqualTo(EvidenceSource.INTERVIEW.weight());
            assertThat(o.source()).isEqualTo(EvidenceSource.INTERVIEW);
            assertThat(o.reference()).isEqualTo(styled.id());
        });
        assertThat(observations).as("a score of 5 says nothing about any style")
                .noneMatch(o -> model.dimension(o.dimension()).kind() == DimensionKind.STYLE
                        && o.dimension() != style);
    }

    @Test
    void twoRatersMarkingOneStyleOnOneQuestionShareItsWeight() {
        long mine = interviews.start(candidate);
        interviews.score(mine, styled.id(), 4);
        interviews.markStyle(mine, styled.id(), style, 5);
        interviews.submit(mine, "Контролирует каждый шаг");
        accounts.signIn(accounts.create(Role.HR).email());
        long theirs = interviews.start(candidate);
        interviews.score(theirs, styled.id(), 3);
        interviews.markStyle(theirs, styled.id(), style, 3);
        interviews.markStyle(theirs, styled.id(), styled.styles().get(1), 2);
        interviews.submit(theirs, "Контроль в меру");

        List<Observation> observations = interviews.evidence(candidate).observations();

        assertThat(observations).filteredOn(o -> o.dimension() == style)
                .extracting(Observation::value, Observation::weight)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(5.0, 1.5),
                        org.assertj.core.groups.Tuple.tuple(3.0, 1.5));
        assertThat(observations).filteredOn(o -> o.dimension() == styled.styles().get(1))
                .as("the other style, marked by one rater only, keeps the full weight")
                .extracting(Observation::value, Observation::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2.0, 3.0));
    }
}
