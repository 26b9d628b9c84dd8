package ru.rop.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.rop.portal.audit.AuditActor;
import ru.rop.portal.audit.AuditDetails;
import ru.rop.portal.audit.AuditEntry;
import ru.rop.portal.audit.AuditService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Who viewed, changed, exported or erased what, newest first, for owners; filtered and exported as CSV. */
@Route("audit")
@Menu(title = "nav.audit", order = 88, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.OWNER)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final AuditDetails details;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final AuditFilters filters;
    private final Span found = new Span();
    // Names for the object column, looked up once per screenful: the log itself keeps only ids.
    private final Map<Long, Optional<CandidateSummary>> candidateCache = new HashMap<>();
    private final Map<Long, Optional<VacancySummary>> vacancyCache = new HashMap<>();

    public AuditView(AuditService audit, AuditDetails details, CandidateService candidates,
                     VacancyService vacancies) {
        this.audit = audit;
        this.details = details;
        this.candidates = candidates;
        this.vacancies = vacancies;
        addClassNames("rop-page", "rop-audit");
        setSizeFull();

        H2 title = new H2(getTranslation("audit.title"));
        Paragraph hint = new Paragraph(getTranslation("audit.hint"));
        hint.addClassName("rop-muted");
        // Two colleagues may share a name; the account tells them apart.
        filters = new AuditFilters(audit.actors(),
                who -> isPerson(who) ? actorLabel(who) + " · " + who.actor() : actorLabel(who), this::refresh);
        add(title, hint, filters, summary(), grid());
        refresh();
    }

    private Component summary() {
        found.setId("audit-found");
        found.addClassName("rop-muted");
        Anchor export = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] csv = audit.exportCsv(filters.filter());
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-log.csv", "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("audit-export");
        HorizontalLayout row = new HorizontalLayout(found, export);
        row.setWidthFull();
        row.setJustifyContentMode(JustifyContentMode.BETWEEN);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component grid() {
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::who).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        // Fixed: a component column's automatic width is measured before its badges render, and cuts them.
        grid.addComponentColumn(this::actionBadge).setHeader(getTranslation("audit.column.action"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::object).setHeader(getTranslation("audit.column.object")).setFlexGrow(2);
        grid.addColumn(this::detail).setHeader(getTranslation("audit.column.detail"))
                .setTooltipGenerator(this::detail).setFlexGrow(3);
        grid.addColumn(e -> e.clientAddress() == null ? "—" : e.clientAddress())
                .setHeader(getTranslation("audit.column.address")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> audit.page(filters.filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filters.filter())));
        // The details are sentences now: they wrap rather than end in an ellipsis.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setId("audit-grid");
        grid.setHeight("65vh");
        return grid;
    }

    private void refresh() {
        candidateCache.clear();
        vacancyCache.clear();
        found.setText(getTranslation("audit.found", audit.count(filters.filter())));
        grid.getDataProvider().refreshAll();
    }

    private String detail(AuditEntry entry) {
        return details.describe(entry, getLocale());
    }

    private Component who(AuditEntry entry) {
        Span name = new Span(actorLabel(new AuditActor(entry.actor(), entry.actorName())));
        name.addClassName("rop-audit-who");
        Div cell = new Div(name);
        if (isPerson(new AuditActor(entry.actor(), entry.actorName()))) {
            Span account = new Span(entry.actor());
            account.addClassName("rop-audit-account");
            cell.add(account);
        }
        return cell;
    }

    private static boolean isPerson(AuditActor who) {
        return who.name() != null && !who.actor().startsWith(AuditEntry.API_PREFIX);
    }

    private String actorLabel(AuditActor who) {
        if (AuditEntry.CANDIDATE.equals(who.actor())) {
            return getTranslation("audit.actor.candidate");
        }
        if (AuditEntry.SYSTEM.equals(who.actor())) {
            return getTranslation("audit.actor.system");
        }
        if (who.actor().startsWith(AuditEntry.API_PREFIX)) {
            return getTranslation("audit.actor.api", who.actor().substring(AuditEntry.API_PREFIX.length()));
        }
        return who.name() == null ? who.actor() : who.name();
    }

    private Component actionBadge(AuditEntry entry) {
        Badge badge = new Badge(getTranslation("audit.action." + entry.action().name()));
        switch (entry.action()) {
            case DELETE, ERASE -> badge.addThemeVariants(BadgeVariant.ERROR);
            case CHANGE, CREATE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case EXPORT -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> {
                // A view is the common case: the plain badge.
            }
        }
        return badge;
    }

    /** A link to what the line is about while it exists; its number once it is gone. */
    private Component object(AuditEntry entry) {
        long id = entry.subjectId();
        return switch (entry.subject()) {
            case CANDIDATE -> candidateCache.computeIfAbsent(id, candidates::find)
                    .<Component>map(c -> new Anchor(Routes.candidate(id), c.fullName()))
                    .orElseGet(() -> new Span(getTranslation("audit.object.candidate", id)));
            case VACANCY -> vacancyCache.computeIfAbsent(id, vacancies::find)
                    .<Component>map(v -> new Anchor(Routes.vacancy(id), v.title()))
                    .orElseGet(() -> new Span(getTranslation("audit.object.vacancy", id)));
            case DOCUMENT -> vacancyCache.computeIfAbsent(id, vacancies::find)
                    .<Component>map(v -> new Anchor(Routes.jobDescription(id),
                            getTranslation("audit.object.document.of", v.title())))
                    .orElseGet(() -> new Span(getTranslation("audit.object.document", id)));
            case WEBHOOK -> new Span(getTranslation("audit.object.webhook", id));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
