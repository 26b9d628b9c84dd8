package ru.rop.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.candidate.CandidateBadges;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.report.ProfileBadge;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;

/**
 * On the board cards and in the table: the assessment status, the type (clear or preliminary), the advice, the mean
 * competency score and the red flags — what an owner decides by, read for the whole board in one batch.
 */
@org.springframework.stereotype.Component
class ProfileBadges implements CandidateBadges {

    private final ProfileService profiles;

    ProfileBadges(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public Map<Long, Component> create(List<CandidateSummary> candidates) {
        Map<Long, Component> shown = new LinkedHashMap<>();
        profiles.badges(candidates).forEach((id, badge) -> shown.put(id, line(badge)));
        return shown;
    }

    static Div line(ProfileBadge badge) {
        Div line = new Div();
        line.addClassName("rop-card-assessment");
        line.setId("badges-" + badge.candidateId());
        if (badge.assessment() != InvitationStatus.NOT_INVITED) {
            line.add(badge(line.getTranslation("board.assessment." + badge.assessment().name()),
                    badge.assessment() == InvitationStatus.COMPLETED ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST));
        }
        if (badge.blinded()) {
            // Short on a narrow card; the profile says the rest.
            line.add(badge(line.getTranslation("board.blinded"), BadgeVariant.WARNING));
            return line;
        }
        if (badge.typeLabel() != null) {
            boolean clear = badge.certainty() == Classification.Certainty.CLEAR;
            line.add(badge(line.getTranslation("board.type." + badge.certainty().name(), badge.typeLabel()),
                    clear ? BadgeVariant.FILLED : BadgeVariant.CONTRAST));
        }
        if (badge.advice() != null && badge.advice() != Recommendation.INSUFFICIENT) {
            Badge advice = ProfileSections.recommendation(badge.advice(), line);
            advice.addThemeVariants(BadgeVariant.SMALL);
            line.add(advice);
        }
        if (badge.meanScore() != null) {
            line.add(badge(line.getTranslation("board.mean",
                    Formats.score(badge.meanScore(), UI.getCurrent().getLocale())), BadgeVariant.CONTRAST));
        }
        if (badge.redFlags() > 0) {
            line.add(badge(line.getTranslation("board.red-flags", badge.redFlags()), BadgeVariant.ERROR));
        }
        return line;
    }

    private static Badge badge(String text, BadgeVariant variant) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(BadgeVariant.SMALL, variant);
        return badge;
    }
}
