package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyScoringTest {

    private static final Competency PLANNING = competency("PLANNING", List.of(RoleId.MANAGER));
    private static final Competency SALES = competency("SALES", List.of(RoleId.SELLER));
    private static final Competency TEAM = competency("TEAM", List.of(RoleId.MOTIVATOR, RoleId.MANAGER));

    private static Competency competency(String id, List<RoleId> roles) {
        return new Competency(id, id, "…", roles, Map.of(1, "a", 3, "b", 5, "c"), List.of(DimensionId.ORGANIZED));
    }

    @Test
    void ratersWeighEquallyHoweverManyQuestionsTheyScored() {
        List<CompetencyScore> scores = CompetencyScoring.score(List.of(PLANNING, SALES), List.of(
                new CompetencyRating("PLANNING", 5, "owner", "Q1"),
                new CompetencyRating("PLANNING", 5, "owner", "Q2"),
                new CompetencyRating("PLANNING", 5, "owner", "Q3"),
                new CompetencyRating("PLANNING", 2, "cofounder", "Q1")));
        CompetencyScore planning = scores.getFirst();
        assertThat(planning.score()).isEqualTo(3.5);
        assertThat(planning.evidenceCount()).isEqualTo(4);
        assertThat(planning.spread()).isEqualTo(3.0);
        assertThat(scores.get(1).known()).isFalse();
        assertThat(scores.get(1).spread()).isNull();
    }

    @Test
    void oneRaterHasNoSpread() {
        CompetencyScore score = CompetencyScoring.score(List.of(SALES),
                List.of(new CompetencyRating("SALES", 4, "owner", "Q5"))).getFirst();
        assertThat(score.score()).isEqualTo(4.0);
        assertThat(score.spread()).isNull();
    }

    @Test
    void roleBalanceAveragesTheKnownCompetenciesOfEachRole() {
        List<Competency> all = List.of(PLANNING, SALES, TEAM);
        List<CompetencyScore> scores = CompetencyScoring.score(all, List.of(
                new CompetencyRating("PLANNING", 4, "owner", "Q1"),
                new CompetencyRating("TEAM", 2, "owner", "Q2")));
        RoleBalance balance = CompetencyScoring.roleBalance(all, scores);
        assertThat(balance.scores()).containsEntry(RoleId.MANAGER, 3.0).containsEntry(RoleId.MOTIVATOR, 2.0)
                .doesNotContainKey(RoleId.SELLER);
        assertThat(balance.shares()).containsEntry(RoleId.MANAGER, 0.6).containsEntry(RoleId.MOTIVATOR, 0.4);
    }
}
