package ru.rop.portal.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/cases/cases.yaml. */
record CaseContent(@NotNull List<@Valid @NotNull BusinessCase> cases) {

    static final String FILE = "cases/cases.yaml";
    static final int MIN_CASES = 6;

    void check(ContentChecks checks, RopModel model) {
        checks.uniqueIds("cases", cases, BusinessCase::id);
        checks.atLeast("cases", cases.size(), MIN_CASES, "cases");
        for (int i = 0; i < cases.size(); i++) {
            BusinessCase businessCase = cases.get(i);
            String entry = "cases[" + i + "]";
            businessCase.competencies().stream().filter(id -> model.competency(id).isEmpty())
                    .forEach(id -> checks.problem(entry + ".competencies", "unknown competency '" + id + "'"));
            checks.uniqueIds(entry + ".criteria", businessCase.criteria(), BusinessCase.Criterion::id);
            for (int c = 0; c < businessCase.criteria().size(); c++) {
                BusinessCase.Criterion criterion = businessCase.criteria().get(c);
                String criterionEntry = entry + ".criteria[" + c + "]";
                if (model.competency(criterion.competency()).isEmpty()) {
                    checks.problem(criterionEntry + ".competency",
                            "unknown competency '" + criterion.competency() + "'");
                }
                checks.anchoredScale(criterionEntry + ".levels", criterion.levels());
                Evidence.checkCapabilityWeights(checks, criterionEntry + ".evidence", criterion.evidence(), model);
            }
        }
    }
}
