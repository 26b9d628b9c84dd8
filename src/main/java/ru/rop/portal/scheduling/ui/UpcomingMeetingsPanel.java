package ru.rop.portal.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.scheduling.MeetingService;
import ru.rop.portal.scheduling.MeetingSummary;
import ru.rop.portal.security.Roles;
import ru.rop.portal.security.StaffMember;

/** On the start page: today's and tomorrow's interviews (Moscow days), each with its candidate's card. */
@org.springframework.stereotype.Component
class UpcomingMeetingsPanel implements HomePanel {

    private final MeetingService meetings;
    private final CurrentActor actor;
    private final Clock clock;

    UpcomingMeetingsPanel(MeetingService meetings, CurrentActor actor, Clock clock) {
        this.meetings = meetings;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.HR)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(MeetingTimes.MOSCOW));
        List<MeetingSummary> todays = day(today);
        List<MeetingSummary> tomorrows = day(today.plusDays(1));
        if (todays.isEmpty() && tomorrows.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("rop-panel", "rop-news");
        panel.setId("upcoming-meetings");
        panel.add(new H3(panel.getTranslation("home.meetings.title")));
        add(panel, "home.meetings.today", todays);
        add(panel, "home.meetings.tomorrow", tomorrows);
        return Optional.of(panel);
    }

    private List<MeetingSummary> day(LocalDate day) {
        return meetings.between(day.atStartOfDay(MeetingTimes.MOSCOW).toInstant(),
                day.plusDays(1).atStartOfDay(MeetingTimes.MOSCOW).toInstant());
    }

    private void add(Div panel, String key, List<MeetingSummary> day) {
        if (day.isEmpty()) {
            return;
        }
        panel.add(new H4(panel.getTranslation(key)));
        UnorderedList list = new UnorderedList();
        for (MeetingSummary meeting : day) {
            Span time = new Span(MeetingTimes.time(meeting.start(), UI.getCurrent().getLocale()) + " ");
            Span details = new Span(" · " + panel.getTranslation(meeting.state().labelKey()) + " · "
                    + meeting.interviewers().stream().map(StaffMember::displayName)
                    .collect(Collectors.joining(", ")));
            details.addClassName("rop-muted");
            list.add(new ListItem(time, new Anchor(Routes.candidate(meeting.candidateId()), meeting.candidateName()),
                    details));
        }
        panel.add(list);
    }
}
