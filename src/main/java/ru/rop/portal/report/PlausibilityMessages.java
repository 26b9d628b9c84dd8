package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.List;
import ru.rop.portal.assessment.OnlineEvidence;

/** How the answering looked, as sentences for the profile and the report: each sign, then what it cost. */
public final class PlausibilityMessages {

    private PlausibilityMessages() {
    }

    public static List<RecommendationResult.Reason> of(OnlineEvidence.Integrity integrity) {
        OnlineEvidence.Plausibility plausibility = integrity.plausibility();
        List<RecommendationResult.Reason> messages = new ArrayList<>();
        if (plausibility == null || !plausibility.doubtful()) {
            return messages;
        }
        for (OnlineEvidence.Signal signal : plausibility.signals()) {
            double share = switch (signal) {
                case TOO_PERFECT -> plausibility.topShare();
                case LONGEST_OPTION -> plausibility.longestShare();
                case SAME_POSITION -> plausibility.positionShare();
                case TOO_FAST -> plausibility.fastShare();
            };
            messages.add(new RecommendationResult.Reason("profile.integrity.signal." + signal.name(),
                    List.of(percent(share))));
        }
        messages.add(new RecommendationResult.Reason("profile.integrity.weight",
                List.of(percent(plausibility.weight()))));
        return messages;
    }

    private static long percent(double share) {
        return Math.round(share * 100.0);
    }
}
