package ru.rop.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;

/** The profile in brief on the candidate card: the recommendation that stands, the type, and the way to the page. */
@org.springframework.stereotype.Component
class ProfileCardSection implements CandidateCardSection {

    private final ProfileService profiles;

    ProfileCardSection(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        CandidateProfile profile = profiles.profile(candidate.id());
        return new Panel(profile);
    }

    private static final class Panel extends Div {

        Panel(CandidateProfile profile) {
            addClassName("rop-panel");
            setId("profile-section");
            Anchor open = new Anchor(Routes.candidateProfile(profile.candidateId()),
                    getTranslation("profile.open"));
            open.setId("open-profile");
            add(new H3(getTranslation("profile.section")));
            if (profile.blinded()) {
                add(new Div(ProfileSections.blindedNote(this)), ProfileSections.blindedConclusions(this),
                        new Div(open));
                return;
            }
            add(new Div(ProfileSections.recommendation(profile.effectiveRecommendation(), this)),
                    ProfileSections.type(profile.classification(), profile.knownDimensions(), this), new Div(open));
        }
    }
}
