package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Finding a person across all vacancies by name, e-mail, phone or tag. */
@Route("candidates")
@Menu(title = "nav.candidates", order = 30, icon = "vaadin:search")
@RolesAllowed(Roles.HR)
public class CandidateSearchView extends VerticalLayout implements HasDynamicTitle {

    public CandidateSearchView(CandidateService candidates, VacancyService vacancies) {
        addClassName("rop-page");
        setSizeFull();
        TextField query = new TextField();
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setMaxLength(100);
        query.setWidth("min(36rem, 100%)");
        query.setClearButtonVisible(true);
        query.setId("search");
        Map<Long, String> vacancyTitles = new HashMap<>();
        Grid<CandidateSummary> results = new Grid<>();
        results.addColumn(CandidateSummary::fullName).setHeader(getTranslation("candidate.field.full-name"))
                .setFlexGrow(2);
        results.addColumn(c -> vacancyTitles.computeIfAbsent(c.vacancyId(),
                        id -> vacancies.find(id).map(VacancySummary::title).orElse("")))
                .setHeader(getTranslation("search.vacancy")).setFlexGrow(2);
        results.addColumn(c -> getTranslation(c.stage().labelKey())).setHeader(getTranslation("pipeline.stage"));
        results.addColumn(CandidateSummary::email).setHeader(getTranslation("candidate.field.email"));
        results.addColumn(CandidateSummary::phone).setHeader(getTranslation("candidate.field.phone"));
        results.addColumn(c -> String.join(", ", new TreeSet<>(c.tags())))
                .setHeader(getTranslation("candidate.field.tags"));
        results.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(Routes.candidate(e.getItem().id()))));
        results.setId("search-results");
        // «Nobody found» only answers a query; before one there is nothing to have found.
        results.setEmptyStateText(getTranslation("search.prompt"));
        query.addValueChangeListener(e -> {
            results.setEmptyStateText(getTranslation(e.getValue().strip().length() < CandidateService.MIN_SEARCH_LENGTH ? "search.prompt"
                    : "search.empty"));
            results.setItems(candidates.search(e.getValue()));
        });
        add(new H2(getTranslation("search.title")), query, results);
        query.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
