package ru.rop.portal.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.Role;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;

/**
 * Did the assessment predict it: the prediction frozen at each hire beside the latest outcome recorded for that
 * person, as rank correlations with their n and plan attainment by predicted type. See docs/classification.md
 * for the method and its limits.
 */
@Service
@PreAuthorize("hasAnyRole('OWNER', 'API')")
public class ValidityService {

    /** Below this many hires with outcomes a rank correlation says nothing a person could act on. */
    public static final int MIN_HIRES = 5;
    static final String PLAN = "planAttainmentPct";
    static final String RATING = "ownerRating";
    private static final Map<String, Double> ADVICE = Map.of("STRONG_NO", 1.0, "NO", 2.0, "YES", 3.0,
            "STRONG_YES", 4.0);

    private final HireRepository hires;
    private final OutcomeRepository outcomes;
    private final RopModel model;
    private final AppI18NProvider i18n;

    ValidityService(HireRepository hires, OutcomeRepository outcomes, RopModel model, AppI18NProvider i18n) {
        this.hires = hires;
        this.outcomes = outcomes;
        this.model = model;
        this.i18n = i18n;
    }

    /** A hire's frozen prediction with the latest period recorded for them. */
    record Case(Prediction prediction, OutcomeRecord outcome) {
    }

    @Transactional(readOnly = true)
    public Validity validity() {
        List<Case> cases = new ArrayList<>();
        for (Hire hire : hires.findAll()) {
            outcomes.findByCandidateIdOrderByMonth(hire.getCandidateId()).stream()
                    .max(Comparator.comparingInt(Outcome::getMonth))
                    .ifPresent(latest -> cases.add(new Case(hire.prediction(), latest.toRecord())));
        }
        return validity(cases);
    }

    Validity validity(List<Case> cases) {
        boolean enough = cases.size() >= MIN_HIRES;
        Map<String, Predicted> predictors = new LinkedHashMap<>();
        predictors.put("mean", new Predicted(i18n.russian("validity.predictor.mean"), Prediction::meanScore));
        predictors.put("advice", new Predicted(i18n.russian("validity.predictor.advice"),
                p -> ADVICE.get(p.recommendation())));
        predictors.put("clear", new Predicted(i18n.russian("validity.predictor.clear"),
                p -> p.typeId() == null ? null : "CLEAR".equals(p.certainty()) ? 1.0 : 0.0));
        for (Role role : model.roles()) {
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
                Double rho = enough && known.size() >= MIN_HIRES ? RankCorrelation.spearman(x, y) : null;
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

    private record Predicted(String label, Function<Prediction, Double> value) {
    }
}
