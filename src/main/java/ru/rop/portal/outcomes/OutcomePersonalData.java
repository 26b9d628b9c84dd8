package ru.rop.portal.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.PersonalDataSection;

/** The hire, the prediction frozen at it and every recorded outcome, for the export of a person's data. */
@Component
class OutcomePersonalData implements PersonalDataSection {

    /** @param hiredAt null (and so are the start date and the prediction) for a candidate who was not hired */
    record Outcomes(Instant hiredAt, LocalDate startDate, Prediction predictionAtHire, List<OutcomeRecord> outcomes) {
    }

    private final HireRepository hires;
    private final OutcomeRepository outcomes;

    OutcomePersonalData(HireRepository hires, OutcomeRepository outcomes) {
        this.hires = hires;
        this.outcomes = outcomes;
    }

    @Override
    public String key() {
        return "outcomes";
    }

    @Override
    public Outcomes personalData(long candidateId) {
        List<OutcomeRecord> recorded = outcomes.findByCandidateIdOrderByMonth(candidateId).stream()
                .map(Outcome::toRecord).toList();
        return hires.findById(candidateId)
                .map(hire -> new Outcomes(hire.getHiredAt(), hire.getStartDate(), hire.prediction(), recorded))
                .orElseGet(() -> new Outcomes(null, null, null, recorded));
    }
}
