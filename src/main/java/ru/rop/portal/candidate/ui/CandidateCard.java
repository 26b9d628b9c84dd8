package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.TreeSet;
import ru.rop.portal.candidate.CandidateSummary;

/**
 * A candidate on the pipeline board: name, position, tags and the features' badges; clicked it opens the card,
 * dragged it carries the candidate to another stage's column.
 */
class CandidateCard extends Div {

    /** @param badges the badges other features add for this candidate, or null when they add none */
    CandidateCard(CandidateSummary candidate, Component badges, Runnable open) {
        Span name = new Span(candidate.fullName());
        name.addClassName("rop-card-name");
        add(name);
        String role = joined(candidate.currentPosition(), candidate.currentCompany());
        if (!role.isEmpty()) {
            Span position = new Span(role);
            position.addClassName("rop-card-role");
            add(position);
        }
        if (!candidate.tags().isEmpty()) {
            Div tags = new Div();
            tags.addClassName("rop-card-tags");
            new TreeSet<>(candidate.tags()).forEach(tag -> {
                Badge badge = new Badge(tag);
                badge.addThemeVariants(BadgeVariant.SMALL);
                tags.add(badge);
            });
            add(tags);
        }
        if (badges != null) {
            add(badges);
        }
        addClassName("rop-candidate-card");
        setId("card-" + candidate.id());
        addClickListener(click -> open.run());
        DragSource<CandidateCard> drag = DragSource.create(this);
        drag.setDragData(candidate);
    }

    private static String joined(String position, String company) {
        if (position == null || position.isBlank()) {
            return company == null ? "" : company;
        }
        return company == null || company.isBlank() ? position : position + ", " + company;
    }
}
