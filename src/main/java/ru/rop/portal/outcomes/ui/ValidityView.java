package ru.rop.portal.outcomes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.outcomes.Validity;
import ru.rop.portal.outcomes.ValidityService;
import ru.rop.portal.security.Roles;

/** «Did the assessment predict it?»: the prediction frozen at each hire beside the outcomes, for owners. */
@Route("validity")
@Menu(title = "nav.validity", order = 87, icon = "vaadin:chart-line")
@RolesAllowed(Roles.OWNER)
public class ValidityView extends VerticalLayout implements HasDynamicTitle {

    /** A predictor's two correlations on one row. */
    record Row(String id, String label, Validity.Predictor plan, Validity.Predictor rating) {
    }

    public ValidityView(ValidityService validity, RopModel model) {
        addClassName("rop-page");
        Validity answer = validity.validity();
        add(new H2(getTranslation("validity.title")));
        Paragraph intro = new Paragraph(getTranslation("validity.intro"));
        intro.addClassName("rop-lead");
        add(intro);
        if (!answer.enough()) {
            Paragraph tooFew = new Paragraph(getTranslation("validity.too-few", answer.hires(),
                    ValidityService.MIN_HIRES));
            tooFew.setId("validity-too-few");
            tooFew.addClassName("rop-panel");
            add(tooFew);
            return;
        }
        Paragraph hires = new Paragraph(getTranslation("validity.hires", answer.hires()));
        hires.setId("validity-hires");
        add(hires, predictors(rows(answer)), new H3(getTranslation("validity.by-type")), byType(answer, model));
        Paragraph limits = new Paragraph(getTranslation("validity.limits"));
        limits.addClassName("rop-muted");
        add(limits);
    }

    private List<Row> rows(Validity answer) {
        Map<String, Validity.Predictor> plan = new LinkedHashMap<>();
        Map<String, Validity.Predictor> rating = new LinkedHashMap<>();
        answer.predictors().forEach(p -> ("ownerRating".equals(p.outcome()) ? rating : plan).put(p.id(), p));
        return plan.values().stream().map(p -> new Row(p.id(), label(p), p, rating.get(p.id()))).toList();
    }

    /** The product's own predictors in the person's language; competencies as the model names them. */
    private String label(Validity.Predictor predictor) {
        String id = predictor.id();
        if (id.startsWith("competency:") || id.startsWith("role:")) {
            return predictor.label();
        }
        return getTranslation("validity.predictor." + id);
    }

    private Grid<Row> predictors(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.setId("validity-predictors");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::label).setHeader(getTranslation("validity.column.predictor")).setFlexGrow(3);
        grid.addColumn(row -> rho(row.plan())).setHeader(getTranslation("validity.column.plan"));
        grid.addColumn(row -> rho(row.rating())).setHeader(getTranslation("validity.column.rating"));
        grid.addColumn(row -> row.plan().n()).setHeader(getTranslation("validity.column.n"));
        grid.setItems(rows);
        return grid;
    }

    private String rho(Validity.Predictor predictor) {
        Locale locale = getLocale();
        return predictor == null || predictor.spearman() == null ? getTranslation("validity.none")
                : String.format(locale, "%+.2f", predictor.spearman());
    }

    private Grid<Validity.TypeOutcome> byType(Validity answer, RopModel model) {
        Grid<Validity.TypeOutcome> grid = new Grid<>();
        grid.setId("validity-by-type");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.type() == null ? getTranslation("validity.type.none")
                : model.type(RopTypeId.valueOf(t.type())).label())
                .setHeader(getTranslation("validity.column.type")).setFlexGrow(2);
        grid.addColumn(Validity.TypeOutcome::hires).setHeader(getTranslation("validity.column.hires"));
        grid.addColumn(t -> String.format(getLocale(), "%.0f", t.medianPlanAttainmentPct()))
                .setHeader(getTranslation("validity.column.median"));
        grid.setItems(answer.byType());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("validity.title");
    }
}
