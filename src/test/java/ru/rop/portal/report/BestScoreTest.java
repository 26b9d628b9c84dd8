package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BestScoreTest {

    @Test
    void aLoneScoreBesideCandidatesWithoutDataIsNotBest() {
        assertThat(BestScore.of(Arrays.asList(2.0, null, null))).isEmpty();
        assertThat(BestScore.of(Arrays.asList(null, null))).isEmpty();
    }

    @Test
    void theHighestOfTwoOrMoreKnownScoresIsBest() {
        assertThat(BestScore.of(Arrays.asList(2.0, null, 3.5))).hasValue(2);
        assertThat(BestScore.of(Arrays.asList(4.0, 3.0))).hasValue(0);
    }

    @Test
    void aSharedMaximumMarksNobody() {
        assertThat(BestScore.of(Arrays.asList(4.0, 4.0, 3.0))).isEmpty();
        assertThat(BestScore.of(Arrays.asList(3.0, 4.0, 4.0))).isEmpty();
        assertThat(BestScore.of(Arrays.asList(4.0, 3.0, 4.0))).isEmpty();
    }
}
