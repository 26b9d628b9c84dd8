package ru.rop.portal.candidate;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;

/**
 * What another feature shows on the board cards and in the table (the profile's assessment status, type, advice,
 * score, flags), so the pipeline shows it without depending on that feature. Called once per board or table page
 * with all its candidates, so the feature can read its data in one batch.
 */
public interface CandidateBadges {

    /** A component per candidate id; a candidate with nothing to show may be left out. */
    Map<Long, Component> create(List<CandidateSummary> candidates);
}
