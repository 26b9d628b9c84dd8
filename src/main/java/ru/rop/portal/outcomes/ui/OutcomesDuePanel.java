package ru.rop.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.outcomes.DueOutcome;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.security.Roles;

/** On an owner's start page: hires whose 3, 6 or 12 months are over without recorded outcomes. */
@org.springframework.stereotype.Component
class OutcomesDuePanel implements HomePanel {

    static final int SHOWN = 10;

    private final OutcomeService outcomes;
    private final CurrentActor actor;

    OutcomesDuePanel(OutcomeService outcomes, CurrentActor actor) {
        this.outcomes = outcomes;
        this.actor = actor;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.OWNER)) {
            return Optional.empty();
        }
        List<DueOutcome> due = outcomes.due();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("rop-panel", "rop-news");
        panel.setId("outcomes-due");
        panel.add(new H3(panel.getTranslation("home.outcomes.title")));
        UnorderedList list = new UnorderedList();
        due.stream().limit(SHOWN).forEach(item -> {
            Span when = new Span(panel.getTranslation("home.outcomes.item", item.month(),
                    item.dueSince().format(OutcomesCardSection.DAY)));
            when.addClassName("rop-muted");
            list.add(new ListItem(new Anchor(Routes.candidate(item.candidateId()), item.candidateName()), when));
        });
        panel.add(list);
        return Optional.of(panel);
    }
}
