package ru.rop.portal.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Ratings → competency scores (raters weigh equally) and the role balance. */
public final class CompetencyScoring {

    private CompetencyScoring() {
    }

    public static List<CompetencyScore> score(List<Competency> competencies, Collection<CompetencyRating> ratings) {
        Map<String, List<CompetencyRating>> byCompetency = ratings.stream()
                .collect(Collectors.groupingBy(CompetencyRating::competencyId));
        List<CompetencyScore> scores = new ArrayList<>();
        for (Competency competency : competencies) {
            List<CompetencyRating> own = byCompetency.getOrDefault(competency.id(), List.of());
            if (own.isEmpty()) {
                scores.add(new CompetencyScore(competency.id(), competency.label(), null, 0, null));
                continue;
            }
            Map<String, Double> raterMeans = own.stream().collect(Collectors.groupingBy(CompetencyRating::rater,
                    LinkedHashMap::new, Collectors.averagingInt(CompetencyRating::score)));
            DoubleSummaryStatistics stats = raterMeans.values().stream().mapToDouble(Double::doubleValue)
                    .summaryStatistics();
            Double spread = raterMeans.size() < 2 ? null : DimensionScoring.round(stats.getMax() - stats.getMin());
            scores.add(new CompetencyScore(competency.id(), competency.label(),
                    DimensionScoring.round(stats.getAverage()), own.size(), spread));
        }
        return scores;
    }

    public static RoleBalance roleBalance(List<Competency> competencies, List<CompetencyScore> scores) {
        Map<String, CompetencyScore> byId = scores.stream()
                .collect(Collectors.toMap(CompetencyScore::competencyId, s -> s));
        Map<RoleId, Double> roleScores = new EnumMap<>(RoleId.class);
        for (RoleId role : RoleId.values()) {
            competencies.stream()
                    .filter(c -> c.roles().contains(role))
                    .map(c -> byId.get(c.id()))
                    .filter(s -> s != null && s.known())
                    .mapToDouble(CompetencyScore::score)
                    .average()
                    .ifPresent(mean -> roleScores.put(role, DimensionScoring.round(mean)));
        }
        double sum = roleScores.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<RoleId, Double> shares = new EnumMap<>(RoleId.class);
        roleScores.forEach((role, value) -> shares.put(role, DimensionScoring.round(value / sum)));
        return new RoleBalance(roleScores, shares);
    }
}
