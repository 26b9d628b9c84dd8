package ru.rop.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.rop.portal.audit.AuditActor;
import ru.rop.portal.audit.AuditDetails;
import ru.rop.portal.audit.AuditEntry;
import ru.rop.portal.audit.AuditFilter;
import ru.rop.portal.audit.AuditService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.AuditEvent;
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
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AuditActor> actor = new ComboBox<>();
    private final ComboBox<AuditEvent.Action> action = new ComboBox<>();
    private final ComboBox<AuditEvent.Subject> subject = new ComboBox<>();
    private final IntegerField candidateId = new IntegerField();
    private final IntegerField vacancyId = new IntegerField();
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
        add(title, hint, filters(), summary(), grid());
        refresh();
    }

    private Component filters() {
        datePicker(from, "audit.filter.from", "audit-from");
        datePicker(to, "audit.filter.to", "audit-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setItems(audit.actors());
        // Two colleagues may share a name; the account tells them apart.
        actor.setItemLabelGenerator(who -> isPerson(who) ? actorLabel(who) + " · " + who.actor() : actorLabel(who));
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setWidth("16rem");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditEvent.Action.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.setId("audit-action");

        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setItems(AuditEvent.Subject.values());
        subject.setItemLabelGenerator(s -> getTranslation("audit.subject." + s.name()));
        subject.setClearButtonVisible(true);
        subject.setId("audit-subject");

        idField(candidateId, "audit.filter.candidate", "audit-candidate");
        idField(vacancyId, "audit.filter.vacancy", "audit-vacancy");

        Button reset = new Button(getTranslation("audit.filter.reset"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            from.clear();
            to.clear();
            actor.clear();
            action.clear();
            subject.clear();
            candidateId.clear();
            vacancyId.clear();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("audit-reset");

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        subject.addValueChangeListener(e -> refresh());
        candidateId.addValueChangeListener(e -> refresh());
        vacancyId.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(from, to, actor, action, subject, candidateId, vacancyId, reset);
        row.setWrap(true);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("rop-audit-filters");
        return row;
    }

    private Component summary() {
        found.setId("audit-found");
        found.addClassName("rop-muted");
        Anchor export = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] csv = audit.exportCsv(filter());
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
        grid.setItems(query -> audit.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
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
        found.setText(getTranslation("audit.found", audit.count(filter())));
        grid.getDataProvider().refreshAll();
    }

    AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        // «To» is the last day shown, whole.
        Instant end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(start, end, actor.getValue() == null ? null : actor.getValue().actor(),
                action.getValue(), subject.getValue(),
                candidateId.getValue() == null ? null : candidateId.getValue().longValue(),
                vacancyId.getValue() == null ? null : vacancyId.getValue().longValue());
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

    private void datePicker(DatePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setLocale(getLocale());
        picker.setI18n(datePickerTexts(getLocale()));
        picker.setClearButtonVisible(true);
        picker.setMax(LocalDate.now());
        picker.setId(id);
        picker.setWidth("10rem");
    }

    private DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        DatePicker.DatePickerI18n texts = new DatePicker.DatePickerI18n();
        texts.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale)).map(AuditView::capitalized).toList());
        // The picker's week starts on Sunday; Russian calendars start on Monday.
        DayOfWeek[] week = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        texts.setWeekdays(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        texts.setWeekdaysShort(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        texts.setFirstDayOfWeek(1);
        texts.setToday(getTranslation("audit.date.today"));
        texts.setCancel(getTranslation("common.cancel"));
        return texts;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void idField(IntegerField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(1);
        field.setClearButtonVisible(true);
        field.setWidth("9rem");
        field.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
