package ru.rop.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.report.CandidateProfile;

/**
 * The recommendation: the rules' advice with its reasons, or the owner's decision with its reason and the rules'
 * advice beside it; an owner may decide, change or withdraw the decision.
 */
class RecommendationPanel extends ProfilePanel {

    /**
     * @param owner    the reader may decide (owners only)
     * @param decide   opens the owner's decision
     * @param withdraw takes the owner's decision back
     */
    RecommendationPanel(CandidateProfile profile, boolean owner, Runnable decide, Runnable withdraw) {
        super("profile.recommendation", "profile-recommendation");
        if (profile.blinded()) {
            // Neither the rules' advice nor the owner's decision: the rater forms their own view first.
            add(ProfileSections.blindedConclusions(this));
            return;
        }
        add(ProfileSections.recommendation(profile.effectiveRecommendation(), this));
        if (profile.decision() != null) {
            Paragraph by = new Paragraph(getTranslation("profile.decision.by", profile.decision().decidedBy(),
                    Formats.dateTime(profile.decision().decidedAt(), getLocale())));
            by.addClassName("rop-muted");
            Paragraph reason = new Paragraph(profile.decision().reason());
            reason.setId("decision-reason");
            Paragraph rules = new Paragraph(getTranslation("profile.decision.rules",
                    getTranslation(profile.recommendation().value().labelKey())));
            rules.addClassName("rop-muted");
            add(by, reason, rules);
        } else {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("recommendation-reasons");
            profile.recommendation().reasons().forEach(r -> reasons.add(new ListItem(getTranslation(r.key(),
                    r.params().toArray()))));
            add(reasons);
        }
        if (owner) {
            Button override = new Button(getTranslation("profile.decision.change"), e -> decide.run());
            override.setId("override-recommendation");
            add(new Div(override));
            if (profile.decision() != null) {
                Button takeBack = new Button(getTranslation("profile.decision.withdraw"), e -> withdraw.run());
                takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                takeBack.setId("withdraw-decision");
                add(takeBack);
            }
        }
    }
}
