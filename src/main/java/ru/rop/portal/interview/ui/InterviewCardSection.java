package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewStatus;
import ru.rop.portal.interview.InterviewSummary;

/** The interviews on the candidate card: start or resume one's own, see who else interviewed, open the panel. */
@org.springframework.stereotype.Component
class InterviewCardSection implements CandidateCardSection {

    private final InterviewService interviews;

    InterviewCardSection(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new Panel(candidate, interviews.interviews(candidate.id()));
    }

    private final class Panel extends Div {

        Panel(CandidateSummary candidate, List<InterviewSummary> all) {
            addClassName("rop-panel");
            setId("interview-section");
            add(new H3(getTranslation("interview.section")));
            InterviewSummary mine = all.stream().filter(InterviewSummary::mine).findFirst().orElse(null);
            if (mine == null || mine.status() == InterviewStatus.IN_PROGRESS) {
                Button go = new Button(mine == null ? getTranslation("interview.start")
                        : getTranslation("interview.resume", mine.scored(), mine.questions()), e -> {
                    try {
                        long id = interviews.start(candidate.id());
                        UI.getCurrent().navigate(Routes.interview(id));
                    } catch (UserFacingException ex) {
                        Notifications.refused(this, ex);
                    }
                });
                go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                go.setId("start-interview");
                go.setEnabled(mine != null || !candidate.stage().terminal());
                add(new Div(go));
            }
            if (!all.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("rop-history");
                for (InterviewSummary interview : all) {
                    Span state = new Span(getTranslation(interview.status().labelKey(), interview.scored(),
                            interview.questions()));
                    state.addClassName("rop-muted");
                    ListItem item = new ListItem(new Span(interview.interviewerName() + " "), state);
                    if (interview.mine() && interview.status() == InterviewStatus.SUBMITTED) {
                        item.add(new Span(" "), new Anchor(Routes.interview(interview.id()),
                                getTranslation("interview.open-mine")));
                    }
                    list.add(item);
                }
                add(list);
            }
            if (all.stream().anyMatch(i -> i.status() == InterviewStatus.SUBMITTED)) {
                Anchor panel = new Anchor(Routes.candidatePanel(candidate.id()), getTranslation("interview.panel"));
                panel.setId("open-panel");
                add(new Div(panel));
            }
            add(new Div(new Anchor(Routes.interviewKit(candidate.vacancyId()),
                    getTranslation("interview.kit-link"))));
        }
    }
}
