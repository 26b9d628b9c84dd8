package ru.rop.portal.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.stream.Collectors;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.KitService;
import ru.rop.portal.scheduling.MeetingService;
import ru.rop.portal.scheduling.MeetingState;
import ru.rop.portal.scheduling.MeetingSummary;
import ru.rop.portal.scheduling.ScheduledMeeting;
import ru.rop.portal.security.StaffMember;

/**
 * «Встреча» on the candidate card: the latest meeting and its state, and what can be done with it — propose,
 * reschedule, cancel, mark held, and start the guided interview of this candidate with the vacancy's kit.
 */
@org.springframework.stereotype.Component
class MeetingCardSection implements CandidateCardSection {

    private final MeetingService meetings;
    private final KitService kits;
    private final InterviewService interviews;

    MeetingCardSection(MeetingService meetings, KitService kits, InterviewService interviews) {
        this.meetings = meetings;
        this.kits = kits;
        this.interviews = interviews;
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new Panel(candidate);
    }

    private final class Panel extends Div {

        private final CandidateSummary candidate;

        Panel(CandidateSummary candidate) {
            this.candidate = candidate;
            addClassName("rop-panel");
            setId("meeting-section");
            render();
        }

        private void render() {
            removeAll();
            add(new H3(getTranslation("meeting.section")));
            MeetingSummary meeting = meetings.current(candidate.id()).orElse(null);
            if (meeting == null) {
                Paragraph none = new Paragraph(getTranslation("meeting.none"));
                none.addClassName("rop-muted");
                add(none);
            } else {
                add(new MeetingDetails(meeting));
            }
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            boolean open = meeting != null && meeting.state().open();
            if (!open && !candidate.stage().terminal()) {
                actions.add(button("meeting.propose", "meeting-propose", true, () -> dialog(null)));
            }
            if (open) {
                actions.add(button("meeting.start-interview", "meeting-start-interview", true, this::startInterview),
                        button("meeting.reschedule", "meeting-reschedule", false, () -> dialog(meeting)),
                        button("meeting.mark-held", "meeting-held", false, () -> {
                            meetings.markHeld(meeting.id());
                            Notifications.success(this, "meeting.held.done");
                        }),
                        cancelButton(meeting));
            }
            add(actions);
        }

        private Button button(String key, String id, boolean primary, Runnable action) {
            Button button = new Button(getTranslation(key), e -> act(action));
            if (primary) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.setId(id);
            return button;
        }

        private Button cancelButton(MeetingSummary meeting) {
            Button cancel = new Button(getTranslation("meeting.cancel"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("meeting.cancel"),
                        getTranslation("meeting.cancel.confirm"), getTranslation("meeting.cancel"), ok -> act(() -> {
                            meetings.cancel(meeting.id());
                            Notifications.success(this, "meeting.cancelled");
                        }));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("meeting.cancel.keep"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("meeting-cancel");
            return cancel;
        }

        /** The guided interview of this candidate, with the kit of their vacancy; one's own is resumed. */
        private void startInterview() {
            long interview = interviews.start(candidate.id());
            UI.getCurrent().navigate(Routes.interview(interview));
        }

        private void dialog(MeetingSummary current) {
            int minutes = kits.plan(candidate.vacancyId()).lengthMinutes();
            new MeetingDialog(meetings.interviewerChoices(), minutes, current, form -> {
                ScheduledMeeting scheduled = current == null ? meetings.propose(candidate.id(), form)
                        : meetings.reschedule(current.id(), form);
                new SecretDialog(getTranslation("meeting.link.title"), getTranslation(scheduled.emailSent()
                        ? "meeting.sent" : "meeting.not-sent"), scheduled.candidateUrl()).open();
                render();
            }).open();
        }

        private void act(Runnable action) {
            try {
                action.run();
                render();
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
        }
    }

    /** State, time (Moscow and the vacancy's zone), place or link, interviewers, the candidate's comment. */
    private static final class MeetingDetails extends Div {

        MeetingDetails(MeetingSummary meeting) {
            Span state = new Span(getTranslation(meeting.state().labelKey()));
            state.addClassName(meeting.state() == MeetingState.MOVED || meeting.state() == MeetingState.CANCELLED
                    ? "rop-chip-warning" : "rop-chip");
            state.setId("meeting-state");
            add(new Div(state));
            Paragraph when = new Paragraph(getTranslation("meeting.when", MeetingTimes.moscow(meeting.start(),
                    meeting.end(), getLocale()), meeting.durationMinutes()));
            when.setId("meeting-when");
            add(when);
            MeetingTimes.local(meeting.start(), meeting.end(), meeting.timeZone(), getLocale())
                    .ifPresent(local -> add(muted(local)));
            if (meeting.place() != null) {
                add(new Paragraph(getTranslation("meeting.where.place", meeting.place())));
            } else if (meeting.videoLink() != null) {
                Anchor link = new Anchor(meeting.videoLink(), meeting.videoLink());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                add(new Paragraph(new Span(getTranslation("meeting.where.video", "")), link));
            }
            add(new Paragraph(getTranslation("meeting.interviewers", meeting.interviewers().stream()
                    .map(StaffMember::displayName).collect(Collectors.joining(", ")))));
            if (meeting.candidateComment() != null) {
                Paragraph comment = new Paragraph(getTranslation("meeting.candidate-comment",
                        meeting.candidateComment()));
                comment.setId("meeting-comment");
                add(comment);
            }
        }

        private static Paragraph muted(String text) {
            Paragraph paragraph = new Paragraph(text);
            paragraph.addClassName("rop-muted");
            return paragraph;
        }
    }
}
