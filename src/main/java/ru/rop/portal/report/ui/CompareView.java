package ru.rop.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.data.domain.Sort;
import ru.rop.portal.candidate.CandidateFilter;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.report.BestScore;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.HiringDecision;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Two to four candidates of one vacancy side by side; the best score of a competency is marked where at least two
 * have one and it is higher than the others.
 */
@Route("vacancy/:vacancyId/compare")
@RolesAllowed(Roles.HR)
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_CANDIDATES = 500;

    private final ProfileService profiles;
    private final ReportService reports;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final RopModel model;
    private final H2 title = new H2();
    private final MultiSelectComboBox<CandidateSummary> choice = new MultiSelectComboBox<>();
    private final Div result = new Div();
    private long vacancyId;

    public CompareView(ProfileService profiles, ReportService reports, CandidateService candidates,
                       VacancyService vacancies, RopModel model) {
        this.profiles = profiles;
        this.reports = reports;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.model = model;
        addClassNames("rop-page", "rop-compare");
        setId("compare");
        choice.setLabel(getTranslation("compare.choose"));
        choice.setItemLabelGenerator(c -> c.fullName() + " · " + getTranslation(c.stage().labelKey()));
        choice.setWidth("min(40rem, 100%)");
        choice.setId("compare-choice");
        Button compare = new Button(getTranslation("compare.button"), e -> navigate());
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setId("compare-button");
        HorizontalLayout tools = new HorizontalLayout(choice, compare);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWidthFull();
        result.setWidthFull();
        result.setId("compare-result");
        add(title, new Paragraph(getTranslation("profile.advice")), tools, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vacancyId = event.getRouteParameters().getLong("vacancyId").orElse(-1L);
        String vacancyTitle = vacancies.find(vacancyId).orElseThrow(NotFoundException::new).title();
        title.setText(getTranslation("compare.title", vacancyTitle));
        List<CandidateSummary> all = candidates.page(vacancyId, CandidateFilter.none(), Sort.by("fullName"), 0,
                MAX_CANDIDATES).stream()
                .sorted(Comparator.comparing((CandidateSummary c) -> c.stage() == Stage.REJECTED))
                .toList();
        choice.setItems(all);
        List<Long> ids = event.getLocation().getQueryParameters().getSingleParameter("c")
                .map(CompareView::parseIds).orElse(List.of());
        choice.setValue(all.stream().filter(c -> ids.contains(c.id())).toList());
        result.removeAll();
        if (ids.isEmpty()) {
            result.add(new Paragraph(getTranslation("compare.hint")));
            return;
        }
        try {
            render(profiles.compare(vacancyId, ids));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private static List<Long> parseIds(String value) {
        List<Long> ids = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // A mistyped address compares what it can read.
            }
        }
        return ids;
    }

    private void navigate() {
        String ids = String.join(",", choice.getValue().stream().sorted(Comparator.comparing(
                CandidateSummary::fullName)).map(c -> String.valueOf(c.id())).toList());
        UI.getCurrent().navigate(Routes.comparison(vacancyId), QueryParameters.of("c", ids));
    }

    /** One line of the comparison: an aspect and each candidate's value. */
    private record Line(String label, List<Component> cells) {
    }

    private void render(List<CandidateProfile> compared) {
        List<Line> lines = new ArrayList<>();
        // A rater in progress sees no conclusion on a candidate they are still interviewing.
        lines.add(new Line(getTranslation("profile.recommendation"), compared.stream()
                .map(p -> p.blinded() ? ProfileSections.blindedConclusions(this) : recommendation(p)).toList()));
        lines.add(new Line(getTranslation("profile.type"), compared.stream()
                .map(p -> p.blinded() ? ProfileSections.blindedConclusions(this)
                        : ProfileSections.type(p.classification(), p.knownDimensions(), this)).toList()));
        lines.add(new Line(getTranslation("compare.red-flags"), compared.stream()
                .map(p -> p.blinded() ? ProfileSections.blindedConclusions(this)
                        : (Component) new Span(String.valueOf(p.redFlags().size()))).toList()));
        for (int row = 0; row < model.competencies().size(); row++) {
            int index = row;
            // A blinded column lacks colleagues' scores, so it takes no part in «best».
            OptionalInt best = BestScore.of(compared.stream()
                    .map(p -> p.blinded() ? null : p.competencies().get(index).score()).toList());
            List<Component> cells = new ArrayList<>();
            for (int column = 0; column < compared.size(); column++) {
                Span cell = new Span(Formats.score(compared.get(column).competencies().get(index).score(),
                        getLocale()));
                if (best.isPresent() && best.getAsInt() == column) {
                    cell.addClassName("rop-best");
                    cell.setTitle(getTranslation("compare.best"));
                }
                cells.add(cell);
            }
            lines.add(new Line(model.competencies().get(row).label(), cells));
        }
        lines.add(new Line(getTranslation("compare.conclusions"), compared.stream().map(p -> {
            Div cell = new Div();
            p.raters().forEach(r -> cell.add(new Paragraph(r.name() + ": " + r.conclusion())));
            return (Component) cell;
        }).toList()));
        Grid<Line> grid = new Grid<>();
        grid.setId("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::label).setHeader("").setWidth("16rem").setFlexGrow(0).setFrozen(true);
        for (int i = 0; i < compared.size(); i++) {
            int column = i;
            CandidateProfile profile = compared.get(i);
            Span swatch = new Span();
            swatch.addClassName("rop-swatch");
            Color color = ProfileSections.SERIES_COLORS.get(i % ProfileSections.SERIES_COLORS.size());
            swatch.getStyle().set("background", String.format("#%06X", color.getRGB() & 0xFFFFFF));
            Div header = new Div(new Span(swatch, new Anchor(Routes.candidateProfile(profile.candidateId()),
                    profile.fullName())));
            if (profile.blinded()) {
                header.add(new Div(ProfileSections.blindedNote(this)));
            }
            grid.addComponentColumn(line -> line.cells().get(column)).setHeader(header).setWidth("14rem");
        }
        grid.setItems(lines);
        Div radar = new Div(new H3(getTranslation("profile.dimensions")),
                ProfileSections.radar(model, compared, 560, 460));
        radar.addClassName("rop-panel");
        List<Long> ids = compared.stream().map(CandidateProfile::candidateId).toList();
        Anchor report = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] pdf = reports.comparisonReport(vacancyId, ids);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "comparison-" + vacancyId + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("compare.report"));
        report.getElement().setAttribute("download", true);
        report.setId("compare-report");
        // No report while the viewer is still interviewing one of them: it would carry colleagues' conclusions.
        result.add(compared.stream().anyMatch(CandidateProfile::blinded)
                ? new Paragraph(getTranslation("compare.report.blinded")) : new Div(report), grid, radar);
    }

    /** The recommendation that stands; an owner's override is said with who and when, as on the profile. */
    private Component recommendation(CandidateProfile profile) {
        Div cell = new Div(ProfileSections.recommendation(profile.effectiveRecommendation(), this));
        HiringDecision decision = profile.decision();
        if (decision != null) {
            Span overridden = new Span(getTranslation("compare.overridden", decision.decidedBy(),
                    Formats.dateTime(decision.decidedAt(), getLocale())));
            overridden.addClassNames("rop-muted", "rop-overridden");
            cell.add(new Div(overridden));
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("compare.page") : title.getText();
    }
}
