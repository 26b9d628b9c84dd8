package ru.rop.portal.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.scheduling.CandidateMeeting;
import ru.rop.portal.scheduling.CandidateMeetingService;
import ru.rop.portal.scheduling.MeetingState;

/**
 * The candidate's page of an interview meeting behind their link, without an account, made for a phone: when (in
 * Moscow and in the vacancy's zone), where or the video link, and two answers — confirm, or ask for another time
 * with a comment. After a cancellation it says so.
 */
@Route(value = "m/:token", autoLayout = false)
@AnonymousAllowed
public class CandidateMeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateMeetingService meetings;
    private final Div page = new Div();
    private String token = "";
    private String title = "";

    public CandidateMeetingView(CandidateMeetingService meetings) {
        this.meetings = meetings;
        addClassName("rop-assess");
        page.addClassName("rop-assess-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // Navigation inside Vaadin passes no filter: a refused address sees the same page for any link here too.
        if (meetings.throttled(address())) {
            message("assessment.throttled.title", "assessment.throttled.text", "meeting-throttled");
            return;
        }
        Optional<CandidateMeeting> meeting = meetings.open(token, address());
        if (meeting.isEmpty()) {
            if (meetings.throttled(address())) {
                message("assessment.throttled.title", "assessment.throttled.text", "meeting-throttled");
            } else {
                message("meeting.page.invalid.title", "meeting.page.invalid.text", "meeting-invalid");
            }
            return;
        }
        show(meeting.get());
    }

    private void show(CandidateMeeting meeting) {
        title = getTranslation("meeting.page.title");
        page.removeAll();
        Div card = card(new H1(getTranslation("meeting.page.heading", meeting.position())),
                muted(meeting.company()));
        card.setId("meeting-page");
        Paragraph moscow = new Paragraph(getTranslation("meeting.page.moscow",
                MeetingTimes.moscow(meeting.start(), meeting.end(), getLocale())));
        moscow.setId("meeting-moscow");
        card.add(moscow);
        MeetingTimes.local(meeting.start(), meeting.end(), meeting.timeZone(), getLocale()).ifPresent(local -> {
            Paragraph zone = new Paragraph(getTranslation("meeting.page.local", local));
            zone.setId("meeting-local");
            card.add(zone);
        });
        card.add(new Paragraph(getTranslation("meeting.page.duration", meeting.durationMinutes())));
        if (meeting.place() != null) {
            card.add(new Paragraph(getTranslation("meeting.page.place", meeting.place())));
        } else if (meeting.videoLink() != null) {
            Anchor link = new Anchor(meeting.videoLink(), meeting.videoLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            card.add(new Paragraph(new Span(getTranslation("meeting.page.video")),
                    link));
        }
        page.add(card);
        page.add(answer(meeting));
    }

    /** What the candidate can do now, or what they already did. */
    private Component answer(CandidateMeeting meeting) {
        Div card = card();
        card.setId("meeting-answer");
        if (meeting.state() == MeetingState.CANCELLED) {
            card.add(status("meeting.page.cancelled"));
            return card;
        }
        if (meeting.state() == MeetingState.HELD) {
            card.add(status("meeting.page.held"));
            return card;
        }
        if (!meeting.answerable()) {
            card.add(status("meeting.page.past"));
            return card;
        }
        if (meeting.state() == MeetingState.CONFIRMED) {
            card.add(status("meeting.page.confirmed"));
        } else if (meeting.state() == MeetingState.MOVED) {
            card.add(status("meeting.page.moved"));
            if (meeting.comment() != null) {
                card.add(muted(getTranslation("meeting.page.your-comment", meeting.comment())));
            }
        } else {
            card.add(new Paragraph(getTranslation("meeting.page.question")));
        }
        TextArea comment = new TextArea(getTranslation("meeting.page.comment"));
        comment.setMaxLength(CandidateMeetingService.MAX_COMMENT);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText("0/" + CandidateMeetingService.MAX_COMMENT);
        comment.addValueChangeListener(e -> comment.setHelperText(e.getValue().length() + "/"
                + CandidateMeetingService.MAX_COMMENT));
        comment.addThemeVariants(TextAreaVariant.LUMO_SMALL);
        comment.setWidthFull();
        comment.setId("meeting-comment");
        Button send = new Button(getTranslation("meeting.page.send-comment"),
                e -> act(() -> meetings.askAnotherTime(token, comment.getValue()), comment));
        send.setId("meeting-ask");
        Div another = new Div(comment, send);
        another.setVisible(false);
        Button ask = new Button(getTranslation("meeting.page.another"), e -> {
            another.setVisible(true);
            e.getSource().setVisible(false);
            comment.focus();
        });
        ask.setId("meeting-another");
        if (meeting.state() != MeetingState.CONFIRMED) {
            Button confirm = new Button(getTranslation("meeting.page.confirm"),
                    e -> act(() -> meetings.confirm(token), null));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("meeting-confirm");
            confirm.setWidthFull();
            card.add(confirm);
        }
        ask.setWidthFull();
        card.add(ask, another);
        return card;
    }

    private void act(Supplier<CandidateMeeting> action, @Nullable TextArea field) {
        try {
            show(action.get());
        } catch (UserFacingException e) {
            String message = getTranslation(e.messageKey(), e.params());
            if (field != null && e.field() != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Paragraph problem = new Paragraph(message);
                problem.addClassName("rop-warning-text");
                page.add(problem);
            }
        }
    }

    private Paragraph status(String key) {
        Paragraph status = new Paragraph(getTranslation(key));
        status.addClassName("rop-lead");
        status.setId("meeting-status");
        return status;
    }

    private void message(String titleKey, String textKey, String id) {
        title = getTranslation(titleKey);
        page.removeAll();
        Div card = card(new H1(title), new Paragraph(getTranslation(textKey)));
        card.setId(id);
        page.add(card);
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("rop-muted");
        return paragraph;
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("rop-assess-card");
        return card;
    }

    private static @Nullable String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("meeting.page.title") : title;
    }
}
