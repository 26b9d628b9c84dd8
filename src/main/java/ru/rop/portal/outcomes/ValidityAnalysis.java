package ru.rop.portal.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopRole;
import ru.rop.portal.common.AppI18NProvider;

/** The arithmetic of {@link ValidityService}, apart from the database so it can be checked by hand. */
final class ValidityAnalysis {

    static final String PLAN = "planAttainmentPct";
    static final String RATING = "ownerRating";
    /** The advice in its order, so its ranks mean something; «insufficient» is no advice and is left out. */
    private static final Map<String, Double> ADVICE = Map.of("STRONG_NO", 1.0, "NO", 2.0, "YES", 3.0,
            "STRONG_YES", 4.0);

    /** A hire's frozen prediction with the latest period recorded for them. */
    record Case(Prediction prediction, OutcomeRecord outcome) {
    }

    private record Predicted(String label, Function<Prediction, Double> value) {
    }

    private final RopModel model;
    private final AppI18NProvider i18n;

    ValidityAnalysis(RopModel model, AppI18NProvider i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Validity validity(List<Case> cases) {
        boolean enough = cases.size() >= ValidityService.MIN_HIRES;
        Map<String, Predicted> predictors = new LinkedHashMap<>();
        predictors.put("mean", new Predicted(i18n.russian("validity.predictor.mean"), Prediction::meanScore));
        predictors.put("advice", new Predicted(i18n.russian("validity.predictor.advice"),
                p -> ADVICE.get(p.recommendation())));
        predictors.put("clear", new Predicted(i18n.russian("validity.predictor.clear"),
                p -> p.typeId() == null ? null : "CLEAR".equals(p.certainty()) ? 1.0 : 0.0));
        for (RopRole role : model.roles()) {
            predictors.put("role:" + role.id(), new Predicted(i18n.russian("validity.predictor.role", role.label()),
                    p -> p.roleScores().get(role.id().name())));
        }
        for (Competency competency : model.competencies()) {
            predictors.put("competency:" + competency.id(), new Predicted(competency.label(),
                    p -> p.competencyScores().get(competency.id())));
        }
        List<Validity.Predictor> result = new ArrayList<>();
        for (String outcome : List.of(PLAN, RATING)) {
            ToDoubleFunction<OutcomeRecord> value = PLAN.equals(outcome) ? OutcomeRecord::planAttainmentPct
                    : r -> r.ownerRating();
            predictors.forEach((id, predicted) -> {
                List<Case> known = cases.stream().filter(c -> predicted.value().apply(c.prediction()) != null)
                        .toList();
                double[] x = known.stream().mapToDouble(c -> predicted.value().apply(c.prediction())).toArray();
                double[] y = known.stream().mapToDouble(c -> value.applyAsDouble(c.outcome())).toArray();
                Double rho = enough && known.size() >= ValidityService.MIN_HIRES ? RankCorrelation.spearman(x, y) : null;
                result.add(new Validity.Predictor(id, predicted.label(), known.size(), rho, outcome));
            });
        }
        return new Validity(cases.size(), enough, result, byType(cases));
    }

    private static List<Validity.TypeOutcome> byType(List<Case> cases) {
        Map<String, List<Double>> plans = new LinkedHashMap<>();
        cases.stream().sorted(Comparator.comparing((Case c) -> Objects.toString(c.prediction().typeId(), "~")))
                .forEach(c -> plans.computeIfAbsent(Objects.toString(c.prediction().typeId(), ""),
                        type -> new ArrayList<>()).add(c.outcome().planAttainmentPct()));
        return plans.entrySet().stream().map(entry -> new Validity.TypeOutcome(
                entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue().size(), median(entry.getValue())))
                .toList();
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

}
