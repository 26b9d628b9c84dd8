package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ru.rop.portal.assessment.CompletedAssessment;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.security.Roles;

/** On the start page: candidates who completed the online assessment in the last week, with their profiles. */
@org.springframework.stereotype.Component
class CompletedAssessmentsPanel implements HomePanel {

    static final Duration RECENT = Duration.ofDays(7);
    static final int SHOWN = 10;

    private final InvitationService invitations;
    private final CurrentActor actor;
    private final Clock clock;

    CompletedAssessmentsPanel(InvitationService invitations, CurrentActor actor, Clock clock) {
        this.invitations = invitations;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.HR)) {
            return Optional.empty();
        }
        List<CompletedAssessment> recent = invitations.completedSince(clock.instant().minus(RECENT));
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("rop-panel", "rop-news");
        panel.setId("completed-assessments");
        panel.add(new H3(panel.getTranslation("home.completed.title")));
        UnorderedList list = new UnorderedList();
        recent.stream().limit(SHOWN).forEach(done -> {
            Span when = new Span(" · " + Formats.dateTime(done.submittedAt(), UI.getCurrent().getLocale()));
            when.addClassName("rop-muted");
            list.add(new ListItem(new Anchor(Routes.candidateProfile(done.candidateId()), done.candidateName()),
                    when));
        });
        panel.add(list);
        return Optional.of(panel);
    }
}
