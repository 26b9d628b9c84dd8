package ru.rop.portal.outcomes;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.security.Roles;

/**
 * Did the assessment predict it: the prediction frozen at each hire beside the latest outcome recorded for that
 * person, as rank correlations with their n and plan attainment by predicted type. See docs/classification.md
 * for the method and its limits.
 */
@Service
@RolesAllowed({Roles.OWNER, Roles.API})
public class ValidityService {

    /** Below this many hires with outcomes a rank correlation says nothing a person could act on. */
    public static final int MIN_HIRES = 5;

    private final HireRepository hires;
    private final OutcomeRepository outcomes;
    private final ValidityAnalysis analysis;

    ValidityService(HireRepository hires, OutcomeRepository outcomes, RopModel model, AppI18NProvider i18n) {
        this.hires = hires;
        this.outcomes = outcomes;
        this.analysis = new ValidityAnalysis(model, i18n);
    }

    @Transactional(readOnly = true)
    public Validity validity() {
        List<ValidityAnalysis.Case> cases = new ArrayList<>();
        for (Hire hire : hires.findAll()) {
            outcomes.findByCandidateIdOrderByMonth(hire.getCandidateId()).stream()
                    .max(Comparator.comparingInt(Outcome::getMonth))
                    .ifPresent(latest -> cases.add(new ValidityAnalysis.Case(hire.prediction(), latest.toRecord())));
        }
        return analysis.validity(cases);
    }
}
