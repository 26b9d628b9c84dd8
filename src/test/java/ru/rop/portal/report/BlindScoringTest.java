package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.PanelSummary;
import ru.rop.portal.security.TestAccounts;

/**
 * Blind means blind everywhere: a rater whose own interview with the candidate is open sees none of the others'
 * scores or conclusions — on the panel, in the profile (as the API's service call returns it), in the comparison
 * and in reports — until she submits; then she sees everything. Integrations keep the whole view meanwhile.
 */
@IntegrationTest
class BlindScoringTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    BlindScene scenes;
    @Autowired
    InterviewService interviews;
    @Autowired
    ProfileService profiles;
    @Autowired
    ReportService reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MockMvc mvc;

    private BlindScene.Scene scene;

    @BeforeEach
    void ownerDecidedAndHrInterviewing() {
        scene = scenes.hrInterviewing();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void thePanelShowsARaterInProgressOnlyHerOwnColumn() {
        assertThat(interviews.blindedFor(scene.candidate())).isTrue();

        PanelSummary panel = interviews.panel(scene.candidate());

        assertThat(panel.blinded()).isTrue();
        assertThat(panel.raters()).singleElement().satisfies(rater -> {
            assertThat(rater.name()).isEqualTo(BlindScene.HR_NAME);
            assertThat(rater.conclusion()).isNull();
        });
        assertThat(panel.rows()).allSatisfy(row -> {
            assertThat(row.scores()).hasSize(1);
            assertThat(row.spread()).isNull();
            assertThat(row.disagreement()).isFalse();
        });
        assertThat(panel.rows()).filteredOn(row -> row.competencyId().equals(scene.hrCompetency()))
                .singleElement().satisfies(row -> assertThat(row.scores()).containsExactly(
                        (double) BlindScene.HR_SCORE));
        assertThat(panel.rows()).filteredOn(row -> !row.competencyId().equals(scene.hrCompetency()))
                .allSatisfy(row -> assertThat(row.scores()).containsOnlyNulls());

        scenes.hrSubmits(scene);
        PanelSummary open = interviews.panel(scene.candidate());
        assertThat(interviews.blindedFor(scene.candidate())).isFalse();
        assertThat(open.blinded()).isFalse();
        assertThat(open.raters()).extracting(PanelSummary.Rater::name)
                .containsExactly(BlindScene.OWNER_NAME, BlindScene.HR_NAME);
        assertThat(open.raters().getFirst().conclusion()).isEqualTo(BlindScene.OWNER_CONCLUSION);
    }

    @Test
    void theProfileHidesTheOthersScoresAndConclusionsAndTheOwnersDecisionUntilSheSubmits() throws Exception {
        for (CandidateProfile profile : List.of(profiles.profile(scene.candidate()),
                profiles.openAudited(scene.candidate()))) {
            assertBlinded(profile);
        }
        // An integration never interviews: its view stays whole while she interviews.
        accounts.signOut();
        mvc.perform(get("/api/v1/candidates/" + scene.candidate() + "/profile").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation").value("STRONG_NO"))
                .andExpect(jsonPath("$.decision.reason").value(BlindScene.OWNER_REASON));

        accounts.signIn(scene.hr().email());
        scenes.hrSubmits(scene);
        CandidateProfile profile = profiles.openAudited(scene.candidate());
        assertThat(profile.blinded()).isFalse();
        assertThat(profile.decision().recommendation()).isEqualTo(Recommendation.STRONG_NO);
        assertThat(profile.decision().reason()).isEqualTo(BlindScene.OWNER_REASON);
        assertThat(profile.effectiveRecommendation()).isEqualTo(Recommendation.STRONG_NO);
        assertThat(profile.redFlags()).isNotEmpty();
        assertThat(profile.quotes()).anySatisfy(q -> assertThat(q.text()).contains(BlindScene.OWNER_QUOTE));
        assertThat(profile.raters()).extracting(r -> r.conclusion()).contains(BlindScene.OWNER_CONCLUSION);
        assertThat(profile.cases().getFirst().criteria().getFirst().meanLevel()).isEqualTo(1.0);
        assertThat(profile.knownDimensions()).isPositive();
    }

    @Test
    void theComparisonHidesTheCandidateSheInterviewsButNotTheOthers() {
        List<CandidateProfile> compared = profiles.compare(scene.vacancy(), List.of(scene.candidate(),
                scene.other()));

        assertBlinded(compared.getFirst());
        CandidateProfile other = compared.get(1);
        assertThat(other.blinded()).as("she has no interview with this one").isFalse();
        assertThat(other.raters()).extracting(r -> r.conclusion()).containsExactly(BlindScene.OTHER_CONCLUSION);

        scenes.hrSubmits(scene);
        CandidateProfile now = profiles.compare(scene.vacancy(), List.of(scene.candidate(), scene.other()))
                .getFirst();
        assertThat(now.blinded()).isFalse();
        assertThat(now.effectiveRecommendation()).isEqualTo(Recommendation.STRONG_NO);
    }

    @Test
    void reportsAreRefusedToARaterInProgressAndServedOnceSheSubmits() throws Exception {
        assertThatThrownBy(() -> reports.candidateReport(scene.candidate()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("report.blinded");
        assertThatThrownBy(() -> reports.comparisonReport(scene.vacancy(), List.of(scene.candidate(),
                scene.other()))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("report.comparison.blinded");
        assertThatThrownBy(() -> reports.vacancyArchive(scene.vacancy(), (done, total) -> { }))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("reports.archive.blinded");
        assertThat(text(reports.candidateReport(scene.other()))).as("a candidate she does not interview")
                .contains(BlindScene.OTHER_CONCLUSION);

        scenes.hrSubmits(scene);
        assertThat(text(reports.candidateReport(scene.candidate())))
                .contains(BlindScene.OWNER_REASON, BlindScene.OWNER_CONCLUSION, "Однозначно нет");
        assertThat(text(reports.comparisonReport(scene.vacancy(), List.of(scene.candidate(), scene.other()))))
                .contains(BlindScene.OWNER_CONCLUSION);
    }

    static void assertBlinded(CandidateProfile profile) {
        assertThat(profile.blinded()).isTrue();
        assertThat(profile.decision()).as("the owner's override, value and reason").isNull();
        assertThat(profile.effectiveRecommendation()).isEqualTo(Recommendation.INSUFFICIENT);
        assertThat(profile.recommendation().reasons()).extracting(RecommendationResult.Reason::key)
                .containsExactly("profile.blinded.conclusions");
        assertThat(profile.classification()).isNull();
        assertThat(profile.knownDimensions()).isZero();
        assertThat(profile.observations()).isZero();
        assertThat(profile.redFlags()).isEmpty();
        assertThat(profile.quotes()).isEmpty();
        assertThat(profile.raters()).isEmpty();
        assertThat(profile.competencies()).noneMatch(CompetencyScore::known);
        assertThat(profile.cases()).singleElement().satisfies(c -> c.criteria().forEach(criterion -> {
            assertThat(criterion.meanLevel()).isNull();
            assertThat(criterion.comments()).isEmpty();
        }));
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
        }
        return text.toString();
    }
}
