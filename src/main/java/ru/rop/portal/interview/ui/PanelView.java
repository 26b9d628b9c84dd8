package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.PanelSummary;
import ru.rop.portal.security.Roles;

/** The panel after submission: each interviewer's score per competency, with disagreements marked for discussion. */
@Route("candidate/:candidateId/panel")
@RolesAllowed(Roles.HR)
public class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewService interviews;
    private final CandidateService candidates;
    private final H2 title = new H2();

    public PanelView(InterviewService interviews, CandidateService candidates) {
        this.interviews = interviews;
        this.candidates = candidates;
        addClassName("rop-page");
        setId("panel");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long candidateId = event.getRouteParameters().getLong("candidateId").orElse(-1L);
        CandidateSummary candidate = candidates.find(candidateId).orElseThrow(NotFoundException::new);
        removeAll();
        title.setText(getTranslation("panel.title", candidate.fullName()));
        add(title, new Anchor(Routes.candidate(candidateId), getTranslation("panel.back-to-candidate")));
        PanelSummary panel = interviews.panel(candidateId);
        if (panel.blinded()) {
            Paragraph blind = new Paragraph(getTranslation("panel.blinded"));
            blind.addClassName("rop-banner");
            blind.setId("panel-blinded");
            add(blind);
            // Only the viewer's own column: their scores so far, nobody else's.
            add(grid(panel));
            return;
        }
        if (panel.raters().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("panel.empty"));
            none.setId("panel-empty");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("panel.lead", InterviewService.DISAGREEMENT)));
        add(grid(panel), conclusions(panel));
    }

    private Grid<PanelSummary.Row> grid(PanelSummary panel) {
        Grid<PanelSummary.Row> grid = new Grid<>();
        grid.setId("panel-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(PanelSummary.Row::label).setHeader(getTranslation("panel.competency")).setFlexGrow(3)
                .setAutoWidth(true);
        for (int i = 0; i < panel.raters().size(); i++) {
            int rater = i;
            grid.addColumn(row -> Formats.score(row.scores().get(rater), getLocale()))
                    .setHeader(panel.raters().get(i).name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(row -> Formats.score(row.spread(), getLocale())).setHeader(getTranslation("panel.spread"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Span mark = new Span(row.disagreement() ? getTranslation("panel.disagree") : "");
            mark.addClassName("rop-chip-warning");
            mark.setVisible(row.disagreement());
            return mark;
        }).setHeader(getTranslation("panel.discuss")).setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.disagreement() ? "rop-disagreement" : null);
        grid.setItems(panel.rows());
        return grid;
    }

    private Div conclusions(PanelSummary panel) {
        Div block = new Div(new H3(getTranslation("panel.conclusions")));
        block.setId("panel-conclusions");
        for (PanelSummary.Rater rater : panel.raters()) {
            Paragraph line = new Paragraph(getTranslation("panel.conclusion", rater.name(),
                    Formats.dateTime(rater.submittedAt(), getLocale()), rater.conclusion()));
            block.add(line);
        }
        return block;
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("panel.page") : title.getText();
    }
}
