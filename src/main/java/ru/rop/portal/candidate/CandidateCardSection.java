package ru.rop.portal.candidate;

import com.vaadin.flow.component.Component;

/**
 * A panel another feature adds to the candidate card (interviews, cases, the profile), so the card shows all work
 * on a candidate without the candidate feature depending on those features.
 */
public interface CandidateCardSection {

    /** Lower comes first. */
    int order();

    Component create(CandidateSummary candidate);
}
