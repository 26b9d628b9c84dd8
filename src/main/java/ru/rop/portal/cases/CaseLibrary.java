package ru.rop.portal.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;

/**
 * The business cases of templates/cases/cases.yaml, checked at start-up against the model, with the translation of
 * a rubric level into dimension evidence.
 */
@Service
public class CaseLibrary {

    private final List<BusinessCase> cases;

    public CaseLibrary(ContentLoader loader, RopModel model) {
        this.cases = List.copyOf(loader.load(CaseContent.FILE, CaseContent.class,
                (content, checks) -> content.check(checks, model)).cases());
    }

    public List<BusinessCase> cases() {
        return cases;
    }

    public Optional<BusinessCase> businessCase(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Observation> observations(BusinessCase businessCase, BusinessCase.Criterion criterion, int level) {
        return Evidence.fromScore(criterion.evidence(), level, EvidenceSource.CASE,
                businessCase.id() + "/" + criterion.id());
    }
}
