package ru.rop.portal.report;

import java.util.List;

/** The advice with the reasons behind it; the first reason states the rule that decided. */
public record RecommendationResult(Recommendation value, List<Reason> reasons) {

    /** An i18n key with its parameters, so screens translate and the API and PDF speak Russian. */
    public record Reason(String key, List<Object> params) {
    }
}
