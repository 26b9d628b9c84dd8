package ru.rop.portal.report.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.RopRole;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.report.CandidateProfile;

/** The competencies with score, evidence and the raters' spread (disagreement marked), and the role balance. */
class CompetencyPanel extends ProfilePanel {

    CompetencyPanel(CandidateProfile profile, List<RopRole> roles) {
        super("profile.competencies", "profile-competencies");
        Grid<CompetencyScore> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CompetencyScore::label).setHeader(getTranslation("profile.competency")).setFlexGrow(3);
        grid.addColumn(c -> Formats.score(c.score(), getLocale())).setHeader(getTranslation("profile.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(CompetencyScore::evidenceCount).setHeader(getTranslation("profile.evidence"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> Formats.score(c.spread(), getLocale())).setHeader(getTranslation("profile.spread"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        // Compared at the one decimal shown, as the panel does.
        grid.setPartNameGenerator(c -> c.spread() != null
                && Math.round(c.spread() * 10.0) / 10.0 >= InterviewService.DISAGREEMENT ? "rop-disagreement" : null);
        grid.setItems(profile.competencies());
        grid.setId("competency-grid");
        add(grid, roleBalance(profile, roles));
    }

    private Div roleBalance(CandidateProfile profile, List<RopRole> roles) {
        Div balance = new Div(new Span(getTranslation("profile.roles")));
        balance.addClassName("rop-role-balance");
        balance.setId("role-balance");
        for (RopRole role : roles) {
            Double score = profile.roleBalance().scores().get(role.id());
            Div bar = new Div();
            bar.addClassName("rop-role-bar-fill");
            bar.getStyle().set("width", score == null ? "0" : (score / 5.0 * 100) + "%");
            Div track = new Div(bar);
            track.addClassName("rop-role-bar");
            Span value = new Span(Formats.score(score, getLocale()));
            Div row = new Div(new Span(role.label()), track, value);
            row.addClassName("rop-role-row");
            balance.add(row);
        }
        return balance;
    }
}
