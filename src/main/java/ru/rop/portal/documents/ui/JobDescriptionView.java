package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.documents.DocumentKind;
import ru.rop.portal.documents.JobDescriptionContent;
import ru.rop.portal.documents.JobDescriptionDraft;
import ru.rop.portal.documents.JobDescriptionService;
import ru.rop.portal.documents.VersionInfo;
import ru.rop.portal.security.Roles;

/**
 * HR builds the vacancy's job description from the library, with a live preview beside the editor; every save is a
 * new version that can be viewed, compared and restored; the current one downloads as PDF and DOCX, with the rights
 * list made from the same rights.
 */
@Route("vacancy/:vacancyId/job-description")
@RolesAllowed(Roles.HR)
public class JobDescriptionView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final JobDescriptionService documents;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div editor = new Div();
    private final DocumentPreview preview = new DocumentPreview();
    private final Div downloads = new Div();
    private long vacancyId;
    private int version;
    private JobDescriptionContent content;
    private boolean dirty;

    public JobDescriptionView(JobDescriptionService documents) {
        this.documents = documents;
        addClassNames("rop-page", "rop-jd");
        setId("job-description");
        status.addClassName("rop-muted");
        status.setId("jd-status");
        Button save = new Button(getTranslation("jd.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("jd-save");
        Button history = new Button(getTranslation("jd.versions"), VaadinIcon.TIME_BACKWARD.create(),
                e -> versions());
        history.setId("jd-versions");
        downloads.addClassName("rop-jd-downloads");
        HorizontalLayout tools = new HorizontalLayout(save, history, downloads);
        tools.setAlignItems(Alignment.CENTER);
        tools.setWrap(true);
        editor.addClassName("rop-jd-editor");
        editor.setId("jd-editor");
        preview.setId("jd-preview");
        Div body = new Div(editor, preview);
        body.addClassName("rop-jd-body");
        add(title, status, tools, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vacancyId = event.getRouteParameters().getLong("vacancyId").orElse(-1L);
        try {
            load(documents.draft(vacancyId));
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        // Leaving with unsaved edits asks first: an explicit save makes each version meaningful.
        getElement().executeJs("""
                const view = this;
                if (!window.__ropLeaveGuard) {
                  window.__ropLeaveGuard = e => { if (document.querySelector('[data-unsaved]')) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', window.__ropLeaveGuard);
                }
                """);
    }

    /** Moving away inside the app with unsaved edits asks first, as closing the tab does. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("jd.leave.title"), getTranslation("jd.leave.text"),
                getTranslation("jd.leave.confirm"), e -> {
                    markDirty(false);
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void load(JobDescriptionDraft draft) {
        title.setText(getTranslation("jd.title", draft.vacancyTitle()));
        version = draft.version();
        content = draft.content();
        markDirty(false);
        renderEditor();
        refreshPreview();
        renderDownloads();
    }

    private void renderDownloads() {
        downloads.removeAll();
        if (version == 0) {
            return;
        }
        for (DocumentKind kind : DocumentKind.values()) {
            downloads.add(download(kind, "pdf", "application/pdf"),
                    download(kind, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        }
    }

    private Anchor download(DocumentKind kind, String extension, String type) {
        Anchor anchor = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] bytes = ("pdf".equals(extension) ? documents.pdf(vacancyId, kind) : documents.docx(vacancyId, kind))
                    .content();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    kind.fileName() + "-" + vacancyId + "." + extension, type, bytes.length);
        }), getTranslation("jd.download", getTranslation(kind.labelKey()), extension.toUpperCase()));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("jd-" + kind.fileName() + "-" + extension);
        return anchor;
    }

    private void markDirty(boolean value) {
        dirty = value;
        status.setText(dirty ? getTranslation("jd.unsaved") : version == 0 ? getTranslation("jd.proposal")
                : getTranslation("jd.current", version));
        if (dirty) {
            getElement().setAttribute("data-unsaved", "");
        } else {
            getElement().removeAttribute("data-unsaved");
        }
    }

    private void renderEditor() {
        editor.removeAll();
        TextField approverPosition = field("jd.approver-position", content.approverPosition(), "jd-approver-position",
                value -> change(new JobDescriptionContent(value, content.approverName(), content.reportsTo(),
                        content.teamSize(), content.keepsOwnClients(), content.duties(), content.rights(),
                        content.responsibilities(), content.relationships(), content.kpis(),
                        content.qualifications())));
        TextField approverName = field("jd.approver-name", content.approverName(), "jd-approver-name",
                value -> change(new JobDescriptionContent(content.approverPosition(), value, content.reportsTo(),
                        content.teamSize(), content.keepsOwnClients(), content.duties(), content.rights(),
                        content.responsibilities(), content.relationships(), content.kpis(),
                        content.qualifications())));
        TextField reportsTo = field("jd.reports-to", content.reportsTo(), "jd-reports-to",
                value -> change(new JobDescriptionContent(content.approverPosition(), content.approverName(), value,
                        content.teamSize(), content.keepsOwnClients(), content.duties(), content.rights(),
                        content.responsibilities(), content.relationships(), content.kpis(),
                        content.qualifications())));
        reportsTo.setHelperText(getTranslation("jd.reports-to.help"));
        TextField teamSize = field("jd.team-size.label", content.teamSize(), "jd-team-size",
                value -> change(new JobDescriptionContent(content.approverPosition(), content.approverName(),
                        content.reportsTo(), value, content.keepsOwnClients(), content.duties(), content.rights(),
                        content.responsibilities(), content.relationships(), content.kpis(),
                        content.qualifications())));
        Checkbox ownClients = new Checkbox(getTranslation("jd.own-clients"), content.keepsOwnClients());
        ownClients.setId("jd-own-clients");
        ownClients.addValueChangeListener(e -> change(new JobDescriptionContent(content.approverPosition(),
                content.approverName(), content.reportsTo(), content.teamSize(), e.getValue(), content.duties(),
                content.rights(), content.responsibilities(), content.relationships(), content.kpis(),
                content.qualifications())));
        Div head = new Div(approverPosition, approverName, reportsTo, teamSize, ownClients);
        head.addClassName("rop-jd-head");
        editor.add(head,
                new ClauseSection("jd.section.duties", "duties", content.duties(), true,
                        list -> change(with(list, 0))),
                new ClauseSection("jd.section.rights", "rights", content.rights(), false,
                        list -> change(with(list, 1))),
                new ClauseSection("jd.section.responsibilities", "responsibilities", content.responsibilities(),
                        false, list -> change(with(list, 2))),
                new ClauseSection("jd.section.relationships", "relationships", content.relationships(), false,
                        list -> change(with(list, 3))),
                new KpiSection(content.kpis(), kpis -> change(withKpis(kpis))),
                new ClauseSection("jd.section.qualifications", "qualifications", content.qualifications(), false,
                        list -> change(with(list, 4))));
    }

    /** The content with one clause list replaced: 0 duties, 1 rights, 2 responsibilities, 3 relationships, 4 qualifications. */
    private JobDescriptionContent with(List<JobDescriptionContent.Clause> list, int which) {
        return new JobDescriptionContent(content.approverPosition(), content.approverName(), content.reportsTo(),
                content.teamSize(), content.keepsOwnClients(), which == 0 ? list : content.duties(),
                which == 1 ? list : content.rights(), which == 2 ? list : content.responsibilities(),
                which == 3 ? list : content.relationships(), content.kpis(), which == 4 ? list : content.qualifications());
    }

    private TextField field(String labelKey, String value, String id, Consumer<String> onChange) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(JobDescriptionService.MAX_FIELD);
        field.setWidthFull();
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return field;
    }

    private JobDescriptionContent withKpis(List<JobDescriptionContent.Kpi> kpis) {
        return new JobDescriptionContent(content.approverPosition(), content.approverName(), content.reportsTo(),
                content.teamSize(), content.keepsOwnClients(), content.duties(), content.rights(),
                content.responsibilities(), content.relationships(), kpis, content.qualifications());
    }

    private void change(JobDescriptionContent changed) {
        content = changed;
        markDirty(true);
        refreshPreview();
    }

    private void refreshPreview() {
        try {
            preview.show(documents.preview(vacancyId, content, DocumentKind.JOB_DESCRIPTION));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private void save() {
        try {
            VersionInfo saved = documents.save(vacancyId, content, version);
            Notifications.success(this, "jd.saved", saved.number());
            load(documents.draft(vacancyId));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private void versions() {
        new VersionsDialog(documents, vacancyId, version, dirty, () -> load(documents.draft(vacancyId))).open();
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("jd.page") : title.getText();
    }
}
