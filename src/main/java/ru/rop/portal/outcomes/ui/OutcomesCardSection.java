package ru.rop.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.outcomes.HireSummary;
import ru.rop.portal.outcomes.OutcomeRecord;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.outcomes.Prediction;
import ru.rop.portal.security.Roles;

/**
 * On a hired candidate's card, for owners: the start date, the prediction frozen at the hire, the outcomes recorded
 * so far and the form for a period that is over.
 */
@org.springframework.stereotype.Component
class OutcomesCardSection implements CandidateCardSection {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OutcomeService outcomes;
    private final RopModel model;
    private final CurrentActor actor;

    OutcomesCardSection(OutcomeService outcomes, RopModel model, CurrentActor actor) {
        this.outcomes = outcomes;
        this.model = model;
        this.actor = actor;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        Div section = new Div();
        section.setId("outcomes-section");
        if (candidate.stage() != Stage.HIRED || !actor.hasRole(Roles.OWNER)) {
            section.setVisible(false);
            return section;
        }
        section.addClassName("rop-panel");
        outcomes.hireOf(candidate.id()).ifPresent(hire -> fill(section, hire));
        return section;
    }

    private void fill(Div section, HireSummary hire) {
        section.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        section.add(new H3(section.getTranslation("outcomes.section")));
        section.add(new Paragraph(section.getTranslation("outcomes.hired-at",
                Formats.dateTime(hire.hiredAt(), locale)) + " " + prediction(section, hire.prediction())));
        if (hire.outcomes().isEmpty()) {
            section.add(startDate(section, hire));
        } else {
            section.add(new Paragraph(section.getTranslation("outcomes.start-date") + ": "
                    + hire.startDate().format(DAY)));
            section.add(table(section, hire));
        }
        boolean left = hire.outcomes().stream().anyMatch(o -> !o.stillEmployed());
        if (left) {
            section.add(new Paragraph(section.getTranslation("outcomes.left")));
        } else if (!hire.open().isEmpty()) {
            section.add(new OutcomeEntry(hire.candidateId(), hire.open(), outcomes,
                    month -> outcomes.hireOf(hire.candidateId()).ifPresent(fresh -> fill(section, fresh))));
        } else {
            OutcomeService.MONTHS.stream().filter(m -> hire.outcomes().stream().noneMatch(o -> o.month() == m))
                    .findFirst().ifPresent(next -> section.add(new Paragraph(section.getTranslation("outcomes.next",
                            next, hire.startDate().plusMonths(next).format(DAY)))));
        }
    }

    private String prediction(Div section, Prediction prediction) {
        if (prediction.blinded()) {
            return section.getTranslation("outcomes.prediction.blinded");
        }
        String type = prediction.typeId() == null ? section.getTranslation("outcomes.prediction.no-type")
                : model.type(RopTypeId.valueOf(prediction.typeId())).label();
        return section.getTranslation("outcomes.prediction", type,
                section.getTranslation("recommendation." + prediction.recommendation()),
                prediction.meanScore() == null ? section.getTranslation("outcomes.prediction.no-mean")
                        : Formats.score(prediction.meanScore(), UI.getCurrent().getLocale()));
    }

    private HorizontalLayout startDate(Div section, HireSummary hire) {
        DatePicker start = new DatePicker(section.getTranslation("outcomes.start-date"), hire.startDate());
        start.setId("outcome-start-date");
        Button save = new Button(section.getTranslation("outcomes.start-date.save"), click -> {
            try {
                fill(section, outcomes.changeStartDate(hire.candidateId(), start.getValue()));
                Notifications.success(section, "outcomes.start-date.saved");
            } catch (UserFacingException e) {
                start.setErrorMessage(section.getTranslation(e.messageKey(), e.params()));
                start.setInvalid(true);
            }
        });
        save.setId("outcome-start-save");
        HorizontalLayout row = new HorizontalLayout(start, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private static Grid<OutcomeRecord> table(Div section, HireSummary hire) {
        Grid<OutcomeRecord> grid = new Grid<>();
        grid.setId("outcomes-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Locale locale = UI.getCurrent().getLocale();
        grid.addColumn(o -> section.getTranslation("outcomes.month", o.month()))
                .setHeader(section.getTranslation("outcomes.column.month"));
        grid.addColumn(o -> Formats.score(o.planAttainmentPct(), locale))
                .setHeader(section.getTranslation("outcomes.column.plan"));
        grid.addColumn(o -> Formats.score(o.teamTurnoverPct(), locale))
                .setHeader(section.getTranslation("outcomes.column.turnover"));
        grid.addColumn(o -> Formats.score(o.conversionChangePct(), locale))
                .setHeader(section.getTranslation("outcomes.column.conversion"));
        grid.addColumn(o -> section.getTranslation(o.stillEmployed() ? "outcomes.yes" : "outcomes.no"))
                .setHeader(section.getTranslation("outcomes.column.employed"));
        grid.addColumn(OutcomeRecord::ownerRating).setHeader(section.getTranslation("outcomes.column.rating"));
        grid.addColumn(o -> o.note() == null ? "" : o.note())
                .setHeader(section.getTranslation("outcomes.column.note")).setFlexGrow(3);
        grid.setItems(hire.outcomes());
        return grid;
    }
}
