package ru.rop.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseAssignmentSummary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;

/** The business cases on the candidate card: assign one (written or oral), open its scoring, take it back. */
@org.springframework.stereotype.Component
class CaseCardSection implements CandidateCardSection {

    private final CaseService cases;

    CaseCardSection(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new Panel(candidate.id());
    }

    private final class Panel extends Div {

        private final long candidateId;

        Panel(long candidateId) {
            this.candidateId = candidateId;
            addClassName("rop-panel");
            setId("case-section");
            render();
        }

        private void render() {
            removeAll();
            add(new H3(getTranslation("case.section")));
            List<CaseAssignmentSummary> given = cases.assignments(candidateId);
            if (given.isEmpty()) {
                Span none = new Span(getTranslation("case.none"));
                none.addClassName("rop-muted");
                add(new Div(none));
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("rop-history");
            for (CaseAssignmentSummary assignment : given) {
                Anchor open = new Anchor(Routes.caseSheet(assignment.id()), assignment.title());
                open.setId("open-case-" + assignment.caseId());
                Span state = new Span(getTranslation("case.state", getTranslation("case.mode." + assignment.mode()),
                        getTranslation(assignment.answered() ? "case.answered" : "case.not-answered"),
                        assignment.myScored(), assignment.criteria(), assignment.raters()));
                state.addClassName("rop-muted");
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(assignment));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("case.remove"));
                remove.setTooltipText(getTranslation("case.remove"));
                list.add(new ListItem(open, remove, new Div(state)));
            }
            add(list);
            List<BusinessCase> assignable = cases.assignable(candidateId);
            if (assignable.isEmpty()) {
                return;
            }
            Select<BusinessCase> which = new Select<>();
            which.setLabel(getTranslation("case.assign.case"));
            which.setItems(assignable);
            which.setItemLabelGenerator(c -> c == null ? "" : c.title());
            which.setWidthFull();
            which.setId("case-choice");
            Select<CaseMode> mode = new Select<>();
            mode.setLabel(getTranslation("case.assign.mode"));
            mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation("case.mode." + m));
            mode.setId("case-mode");
            which.addValueChangeListener(e -> {
                mode.setItems(e.getValue() == null ? List.of() : e.getValue().modes());
                if (e.getValue() != null) {
                    mode.setValue(e.getValue().modes().getFirst());
                }
            });
            Button assign = new Button(getTranslation("case.assign"), e -> {
                if (which.getValue() == null) {
                    which.setInvalid(true);
                    which.setErrorMessage(getTranslation("field.required"));
                    return;
                }
                try {
                    cases.assign(candidateId, which.getValue().id(), mode.getValue());
                    render();
                } catch (UserFacingException ex) {
                    Notifications.refused(this, ex);
                }
            });
            assign.setId("assign-case");
            add(which, mode, new Div(assign));
        }

        private void confirmRemove(CaseAssignmentSummary assignment) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("case.remove.title"),
                    getTranslation("case.remove.text", assignment.title()), getTranslation("case.remove"), e -> {
                        cases.unassign(assignment.id());
                        render();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }
}
