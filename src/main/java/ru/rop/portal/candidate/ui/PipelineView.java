package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.candidate.BoardColumn;
import ru.rop.portal.candidate.CandidateBadges;
import ru.rop.portal.candidate.CandidateFilter;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** A vacancy's candidates: a board by stage (drag a card to move it) and a lazy, sortable, filterable table. */
@Route("vacancy")
@RolesAllowed(Roles.HR)
public class PipelineView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {


    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final List<CandidateBadges> badges;
    /** The badges of the table's rows, read per page the grid fetches. */
    private final Map<Long, Component> rowBadges = new HashMap<>();
    private final Div board = new Div();
    private final Grid<CandidateSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<Stage> stages = new MultiSelectComboBox<>();
    private VacancySummary vacancy;
    private final H2 title = new H2();
    private final Span subtitle = new Span();

    public PipelineView(CandidateService candidates, VacancyService vacancies, List<CandidateBadges> badges) {
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.badges = badges;
        addClassName("rop-page");
        addClassName("rop-pipeline");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        vacancy = vacancies.find(id == null ? -1 : id).orElseThrow(NotFoundException::new);
        removeAll();
        title.setText(vacancy.title());
        subtitle.setText(getTranslation(vacancy.status().labelKey()) + " · " + vacancy.companyName());
        subtitle.addClassName("rop-muted");

        Button add = new Button(getTranslation("pipeline.add"), VaadinIcon.PLUS.create(), click -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-candidate");
        Anchor export = new Anchor(SafeDownload.fromInputStream(download -> {
            byte[] csv = candidates.exportCsv(vacancy.id());
            return new DownloadResponse(new ByteArrayInputStream(csv), "candidates-" + vacancy.id() + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("pipeline.export"));
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        Button edit = new Button(getTranslation("pipeline.edit-vacancy"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("vacancy-edit/" + vacancy.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // Routes of the interview and report features, named by path so the pipeline does not depend on them.
        Anchor kit = new Anchor(Routes.interviewKit(vacancy.id()), getTranslation("pipeline.kit"));
        kit.setId("open-kit");
        Anchor compare = new Anchor(Routes.comparison(vacancy.id()), getTranslation("pipeline.compare"));
        compare.setId("open-compare");
        Anchor jobDescription = new Anchor(Routes.jobDescription(vacancy.id()),
                getTranslation("pipeline.jd"));
        jobDescription.setId("open-jd");
        Anchor reports = new Anchor(Routes.reports(vacancy.id()), getTranslation("pipeline.reports"));
        reports.setId("open-reports");
        HorizontalLayout actions = new HorizontalLayout(edit, jobDescription, kit, compare, reports, export, add);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.BASELINE);
        Div heading = new Div(title, subtitle);
        HorizontalLayout header = new HorizontalLayout(heading, actions);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);

        Tab boardTab = new Tab(getTranslation("pipeline.board"));
        Tab tableTab = new Tab(getTranslation("pipeline.table"));
        tableTab.setId("table-tab");
        Tabs tabs = new Tabs(boardTab, tableTab);
        Div table = table();
        table.setVisible(false);
        tabs.addSelectedChangeListener(change -> {
            boolean showBoard = change.getSelectedTab() == boardTab;
            board.setVisible(showBoard);
            table.setVisible(!showBoard);
            refresh();
        });
        board.addClassName("rop-board");
        board.setId("board");
        add(header, tabs, board, table);
        refresh();
    }

    private Div table() {
        search.setPlaceholder(getTranslation("pipeline.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stages.setPlaceholder(getTranslation("pipeline.stages"));
        stages.setItems(Stage.values());
        stages.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        stages.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(CandidateSummary::fullName).setHeader(getTranslation("candidate.field.full-name"))
                .setSortProperty("fullName").setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.stage().labelKey())).setHeader(getTranslation("pipeline.stage"))
                .setSortProperty("stage").setAutoWidth(true);
        grid.addComponentColumn(c -> rowBadges.getOrDefault(c.id(), new Span()))
                .setHeader(getTranslation("pipeline.assessment")).setFlexGrow(3);
        grid.addColumn(CandidateSummary::email).setHeader(getTranslation("candidate.field.email"))
                .setSortProperty("email").setFlexGrow(2);
        grid.addColumn(CandidateSummary::phone).setHeader(getTranslation("candidate.field.phone")).setAutoWidth(true);
        grid.addColumn(CandidateSummary::city).setHeader(getTranslation("candidate.field.city"))
                .setSortProperty("city").setAutoWidth(true);
        grid.addColumn(c -> c.currentCompany() == null ? "" : c.currentCompany())
                .setHeader(getTranslation("candidate.field.company")).setSortProperty("currentCompany");
        grid.addColumn(c -> String.join(", ", new java.util.TreeSet<>(c.tags())))
                .setHeader(getTranslation("candidate.field.tags"));
        grid.setItems(query -> {
                    List<CandidateSummary> page = candidates.page(vacancy.id(), filter(),
                            VaadinSpringDataHelpers.toSpringDataSort(query), query.getOffset(), query.getLimit());
                    rowBadges.putAll(badges(page));
                    return page.stream();
                },
                query -> (int) candidates.count(vacancy.id(), filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setId("candidates-grid");
        grid.setEmptyStateText(getTranslation("pipeline.empty"));
        HorizontalLayout filters = new HorizontalLayout(search, stages);
        Div table = new Div(filters, grid);
        table.addClassName("rop-table");
        table.setSizeFull();
        grid.setHeight("60vh");
        return table;
    }

    private CandidateFilter filter() {
        return new CandidateFilter(search.getValue(), Set.copyOf(stages.getValue()));
    }

    private void refresh() {
        if (board.isVisible()) {
            board.removeAll();
            List<BoardColumn> columns = candidates.board(vacancy.id());
            Map<Long, Component> shown = badges(columns.stream().flatMap(c -> c.cards().stream()).toList());
            for (BoardColumn column : columns) {
                board.add(column(column, shown));
            }
        } else {
            rowBadges.clear();
            grid.getDataProvider().refreshAll();
        }
    }

    /** One batch for all the candidates shown, from every feature that adds badges. */
    private Map<Long, Component> badges(List<CandidateSummary> shown) {
        Map<Long, Component> result = new HashMap<>();
        badges.forEach(source -> result.putAll(source.create(shown)));
        return result;
    }

    private Div column(BoardColumn column, Map<Long, Component> shown) {
        Span name = new Span(getTranslation(column.stage().labelKey()));
        Span count = new Span(String.valueOf(column.total()));
        count.addClassName("rop-column-count");
        Div head = new Div(name, count);
        head.addClassName("rop-column-head");
        Div cards = new Div();
        cards.addClassName("rop-column-cards");
        column.cards().forEach(candidate -> cards.add(new CandidateCard(candidate, shown.get(candidate.id()),
                () -> open(candidate))));
        if (column.total() > column.cards().size()) {
            Paragraph more = new Paragraph(getTranslation("pipeline.more", column.total() - column.cards().size()));
            more.addClassName("rop-muted");
            cards.add(more);
        }
        Div div = new Div(head, cards);
        div.addClassName("rop-column");
        div.setId("column-" + column.stage().name());
        DropTarget<Div> target = DropTarget.create(div);
        target.addDropListener(drop -> drop.getDragData().ifPresent(data -> {
            if (data instanceof CandidateSummary moved) {
                move(moved, column.stage());
            }
        }));
        return div;
    }

    private void move(CandidateSummary candidate, Stage to) {
        if (candidate.stage() == to) {
            return;
        }
        if (to == Stage.REJECTED) {
            new RejectionDialog(candidates, candidate, this::refresh).open();
            return;
        }
        try {
            candidates.moveTo(candidate.id(), to, null);
            Notifications.success(this, "pipeline.moved", candidate.fullName(), getTranslation(to.labelKey()));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
        refresh();
    }

    private void openNew() {
        new NewCandidateDialog(candidates, vacancy.id(), this::refresh).open();
    }

    private void open(CandidateSummary candidate) {
        getUI().ifPresent(ui -> ui.navigate(Routes.candidate(candidate.id())));
    }

    @Override
    public String getPageTitle() {
        return vacancy == null ? getTranslation("pipeline.title") : vacancy.title();
    }
}
