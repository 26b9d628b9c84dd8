package ru.rop.portal.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Every candidate's evaluation report of a vacancy in one ZIP. The reports are made in the background while a
 * progress bar fills, so the screen stays usable; the archive then downloads with one click.
 */
@Route("vacancy/:vacancyId/reports")
@RolesAllowed(Roles.HR)
public class VacancyReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** While an archive is being made the browser asks for news this often; otherwise it does not poll. */
    static final int POLL_MILLIS = 400;

    private final ReportService reports;
    private final VacancyService vacancies;
    private final SecurityContextHolderStrategy security;
    private final H2 title = new H2();
    private final ProgressBar progress = new ProgressBar();
    private final Span state = new Span();
    private final Div result = new Div();
    private final Button start = new Button();
    private long vacancyId;

    public VacancyReportsView(ReportService reports, VacancyService vacancies,
                              SecurityContextHolderStrategy security) {
        this.reports = reports;
        this.vacancies = vacancies;
        this.security = security;
        addClassName("rop-page");
        setId("vacancy-reports");
        progress.setVisible(false);
        progress.setId("archive-progress");
        state.addClassName("rop-muted");
        state.setId("archive-state");
        result.setId("archive-result");
        start.setText(getTranslation("reports.archive.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("archive-start");
        start.addClickListener(e -> build());
        add(title, new Paragraph(getTranslation("reports.archive.lead")), start, progress, state, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vacancyId = event.getRouteParameters().getLong("vacancyId").orElse(-1L);
        title.setText(getTranslation("reports.archive.title",
                vacancies.find(vacancyId).orElseThrow(NotFoundException::new).title()));
    }

    private void build() {
        UI ui = UI.getCurrent();
        SecurityContext context = security.getContext();
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        result.removeAll();
        state.setText(getTranslation("reports.archive.working"));
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("report-archive-" + vacancyId).start(() -> {
            // The user's rights travel with the work: the reports are made as the person who asked for them.
            security.setContext(context);
            try {
                byte[] zip = reports.vacancyArchive(vacancyId, (done, total) -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    state.setText(getTranslation("reports.archive.progress", done, total));
                }));
                ui.access(() -> finished(zip));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    state.setText(getTranslation("reports.archive.failed"));
                    start.setEnabled(true);
                    ui.setPollInterval(-1);
                });
            } finally {
                security.clearContext();
            }
        });
    }

    private void finished(byte[] zip) {
        UI.getCurrent().setPollInterval(-1);
        progress.setValue(1);
        state.setText(getTranslation("reports.archive.ready", zip.length / 1024));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(zip), "reports-" + vacancyId + ".zip", "application/zip", zip.length)),
                getTranslation("reports.archive.download"));
        download.getElement().setAttribute("download", true);
        download.setId("archive-download");
        result.add(download);
        start.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("reports.archive.page") : title.getText();
    }
}
