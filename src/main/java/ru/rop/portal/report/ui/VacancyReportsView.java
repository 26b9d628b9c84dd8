package ru.rop.portal.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.common.UserFacingException;
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
    private static final Logger log = LoggerFactory.getLogger(VacancyReportsView.class);

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
        start.setDisableOnClick(true);
        start.addClickListener(e -> build());
        add(title, new Paragraph(getTranslation("reports.archive.lead")), start, progress, state, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vacancyId = event.getRouteParameters().getLong("vacancyId").orElse(-1L);
        // The view may be reused for another vacancy: nothing of the previous one stays on it.
        progress.setVisible(false);
        state.setText("");
        result.removeAll();
        title.setText(getTranslation("reports.archive.title",
                vacancies.find(vacancyId).orElseThrow(NotFoundException::new).title()));
    }

    private void build() {
        UI ui = UI.getCurrent();
        long vacancy = vacancyId;
        // A copy: the work must not share the session's context object with the requests that follow.
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(security.getContext().getAuthentication());
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        result.removeAll();
        state.setText(getTranslation("reports.archive.working"));
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("report-archive-" + vacancy).start(() -> {
            // The user's rights travel with the work: the reports are made as the person who asked for them.
            security.setContext(context);
            try {
                byte[] zip = reports.vacancyArchive(vacancy, (done, total) -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    state.setText(getTranslation("reports.archive.progress", done, total));
                }));
                ui.access(() -> finished(vacancy, zip));
            } catch (UserFacingException e) {
                failed(ui, getTranslation(e.messageKey(), e.params()));
            } catch (RuntimeException | Error e) {
                log.error("The report archive of vacancy {} failed", vacancy, e);
                failed(ui, getTranslation("reports.archive.failed"));
            } finally {
                security.clearContext();
            }
        });
    }

    private void failed(UI ui, String message) {
        try {
            ui.access(() -> {
                state.setText(message);
                start.setEnabled(true);
                ui.setPollInterval(-1);
            });
        } catch (UIDetachedException gone) {
            // The user left the page: nobody is waiting for the answer.
        }
    }

    private void finished(long vacancy, byte[] zip) {
        UI.getCurrent().setPollInterval(-1);
        progress.setValue(1);
        state.setText(getTranslation("reports.archive.ready", zip.length / 1024));
        Anchor download = new Anchor(SafeDownload.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(zip), "reports-" + vacancy + ".zip", "application/zip", zip.length)),
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
