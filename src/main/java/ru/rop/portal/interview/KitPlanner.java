package ru.rop.portal.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.DimensionId;

/**
 * Proposes an interview plan that fits the chosen length. Questions are picked greedily by what they add: a
 * competency without a question counts most, then a dimension without evidence, then a dimension with only one
 * question behind it; per minute, so short questions win ties. The plan is then ordered competency by competency,
 * as the scorecard reads. Ten minutes stay free for the opening and the candidate's own questions.
 */
final class KitPlanner {

    static final List<Integer> LENGTHS = List.of(45, 60, 90);
    static final int OPENING_AND_CLOSING_MINUTES = 10;
    static final double NEW_COMPETENCY = 10.0;
    static final double NEW_DIMENSION = 3.0;
    static final double SECOND_DIMENSION_QUESTION = 1.0;
    static final double BEHAVIOURAL = 0.5;

    private KitPlanner() {
    }

    static List<InterviewQuestion> propose(List<InterviewQuestion> bank, List<Competency> competencies,
                                           int lengthMinutes) {
        int budget = lengthMinutes - OPENING_AND_CLOSING_MINUTES;
        List<InterviewQuestion> chosen = new ArrayList<>();
        Set<String> coveredCompetencies = new HashSet<>();
        Map<DimensionId, Integer> dimensionQuestions = new EnumMap<>(DimensionId.class);
        List<InterviewQuestion> left = new ArrayList<>(bank);
        while (true) {
            int remaining = budget;
            for (InterviewQuestion q : chosen) {
                remaining -= q.minutes();
            }
            InterviewQuestion best = null;
            double bestValue = 0.0;
            for (InterviewQuestion candidate : left) {
                if (candidate.minutes() > remaining) {
                    continue;
                }
                double value = value(candidate, coveredCompetencies, dimensionQuestions) / candidate.minutes();
                if (value > bestValue) {
                    best = candidate;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            left.remove(best);
            coveredCompetencies.add(best.competency());
            best.dimensions().forEach(d -> dimensionQuestions.merge(d, 1, Integer::sum));
        }
        return inScorecardOrder(chosen, bank, competencies);
    }

    private static double value(InterviewQuestion question, Set<String> coveredCompetencies,
                                Map<DimensionId, Integer> dimensionQuestions) {
        double value = coveredCompetencies.contains(question.competency()) ? 0.0 : NEW_COMPETENCY;
        for (DimensionId dimension : question.dimensions()) {
            int already = dimensionQuestions.getOrDefault(dimension, 0);
            value += already == 0 ? NEW_DIMENSION : already == 1 ? SECOND_DIMENSION_QUESTION : 0.0;
        }
        return value + (question.kind() == QuestionKind.BEHAVIOURAL ? BEHAVIOURAL : 0.0);
    }

    static List<InterviewQuestion> inScorecardOrder(List<InterviewQuestion> questions, List<InterviewQuestion> bank,
                                                    List<Competency> competencies) {
        List<String> competencyOrder = competencies.stream().map(Competency::id).toList();
        return questions.stream()
                .sorted(Comparator.<InterviewQuestion>comparingInt(q -> competencyOrder.indexOf(q.competency()))
                        .thenComparingInt(bank::indexOf))
                .toList();
    }

    /** What a plan leaves without evidence, so the owner can cover it with a case or the online assessment. */
    static KitCoverage coverage(List<InterviewQuestion> plan, List<Competency> competencies) {
        Set<String> covered = new LinkedHashSet<>();
        Set<DimensionId> dimensions = new HashSet<>();
        int minutes = OPENING_AND_CLOSING_MINUTES;
        for (InterviewQuestion question : plan) {
            covered.add(question.competency());
            dimensions.addAll(question.dimensions());
            minutes += question.minutes();
        }
        List<Competency> uncovered = competencies.stream().filter(c -> !covered.contains(c.id())).toList();
        List<DimensionId> silent = Arrays.stream(DimensionId.values())
                .filter(d -> !dimensions.contains(d)).toList();
        return new KitCoverage(minutes, uncovered.stream().map(Competency::label).toList(), silent);
    }
}
