package ru.rop.portal.retention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.retention.ActFile;
import ru.rop.portal.retention.DestructionActSummary;
import ru.rop.portal.retention.DueErasure;
import ru.rop.portal.retention.RetentionService;
import ru.rop.portal.security.Roles;

/**
 * The owner's page on candidates' personal data: whose data is to be destroyed and when, overdue first, with
 * «destroy now» for what is due, and the destruction acts to download, print and sign.
 */
@Route("personal-data")
@Menu(title = "nav.personal-data", order = 75, icon = "vaadin:shield")
@RolesAllowed(Roles.OWNER)
public class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    private final Grid<DueErasure> due = new Grid<>();
    private final Grid<DestructionActSummary> acts = new Grid<>();
    private final Span summary = new Span();
    private final Span noActs = new Span();
    private final Button eraseNow = new Button();

    public PersonalDataView(RetentionService retention) {
        this.retention = retention;
        addClassName("rop-page");
        setSizeFull();

        Paragraph hint = new Paragraph(getTranslation("retention.hint", retention.retentionDays()));
        hint.addClassName("rop-muted");

        summary.setId("retention-summary");
        eraseNow.setText(getTranslation("retention.erase-now"));
        eraseNow.setIcon(VaadinIcon.TRASH.create());
        eraseNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        eraseNow.setId("retention-erase-now");
        eraseNow.addClickListener(e -> confirmErasure());

        due.addComponentColumn(row -> new Anchor(Routes.candidate(row.candidateId()), row.fullName()))
                .setHeader(getTranslation("retention.column.candidate")).setFlexGrow(3);
        due.addColumn(DueErasure::vacancyTitle).setHeader(getTranslation("retention.column.vacancy"))
                .setFlexGrow(2);
        due.addColumn(row -> getTranslation(row.decision().labelKey()))
                .setHeader(getTranslation("retention.column.decision")).setAutoWidth(true).setFlexGrow(0);
        due.addColumn(row -> date(row.decidedAt())).setHeader(getTranslation("retention.column.decided"))
                .setAutoWidth(true).setFlexGrow(0);
        due.addComponentColumn(this::dueDate).setHeader(getTranslation("retention.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        due.addColumn(row -> row.poolUntil() == null ? "—" : date(row.poolUntil()))
                .setHeader(getTranslation("retention.column.pool")).setAutoWidth(true).setFlexGrow(0);
        due.setPartNameGenerator(row -> row.overdue() ? "rop-overdue" : null);
        due.setAllRowsVisible(true);
        due.setId("retention-due");

        acts.addColumn(DestructionActSummary::number).setHeader(getTranslation("retention.act.number"))
                .setAutoWidth(true).setFlexGrow(0);
        acts.addColumn(act -> Formats.dateTime(act.createdAt(), getLocale()))
                .setHeader(getTranslation("retention.act.date")).setAutoWidth(true);
        acts.addColumn(act -> getTranslation(act.reason().labelKey()))
                .setHeader(getTranslation("retention.act.reason")).setFlexGrow(2);
        acts.addColumn(DestructionActSummary::subjects).setHeader(getTranslation("retention.act.subjects"))
                .setAutoWidth(true).setFlexGrow(0);
        acts.addComponentColumn(this::download).setHeader(getTranslation("retention.act.file")).setAutoWidth(true);
        acts.setAllRowsVisible(true);
        acts.setId("retention-acts");

        Paragraph actsHint = new Paragraph(getTranslation("retention.acts.hint"));
        actsHint.addClassName("rop-muted");
        noActs.setText(getTranslation("retention.acts.none"));
        noActs.setId("retention-no-acts");
        add(new H2(getTranslation("retention.title")), hint, new H3(getTranslation("retention.due.title")),
                summary, eraseNow, due, new H3(getTranslation("retention.acts.title")), actsHint, noActs, acts);
        refresh();
    }

    private Component dueDate(DueErasure row) {
        Span date = new Span(row.overdue() ? getTranslation("retention.overdue", date(row.dueAt()))
                : date(row.dueAt()));
        if (row.overdue()) {
            date.addClassName("rop-warning-text");
        }
        return date;
    }

    /** A day is what matters here; the time of day only adds noise to the table. */
    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    private Component download(DestructionActSummary act) {
        Anchor link = new Anchor(SafeDownload.fromInputStream(request -> {
            ActFile file = retention.act(act.number());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    "application/pdf", file.content().length);
        }), getTranslation("retention.act.download"));
        link.getElement().setAttribute("download", true);
        link.setId("retention-act-" + act.number());
        return link;
    }

    private void confirmErasure() {
        long overdue = overdue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("retention.erase-now.title"));
        dialog.setText(getTranslation("retention.erase-now.text", overdue));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("retention.erase-now"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                int erased = retention.eraseDueNow();
                Notifications.success(this, "retention.erase-now.done", erased);
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
            refresh();
        });
        dialog.open();
    }

    private long overdue() {
        return due.getListDataView().getItems().filter(DueErasure::overdue).count();
    }

    private void refresh() {
        List<DueErasure> rows = retention.due();
        due.setItems(rows);
        long overdue = rows.stream().filter(DueErasure::overdue).count();
        summary.setText(rows.isEmpty() ? getTranslation("retention.due.none")
                : getTranslation("retention.due.summary", rows.size(), overdue));
        eraseNow.setEnabled(overdue > 0);
        List<DestructionActSummary> written = retention.acts();
        acts.setItems(written);
        acts.setVisible(!written.isEmpty());
        noActs.setVisible(written.isEmpty());
        due.setVisible(!rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
