package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.documents.DocumentKind;
import ru.rop.portal.documents.JobDescriptionService;
import ru.rop.portal.documents.VersionInfo;

/**
 * The saved versions of a job description, each to view, compare with the one being edited or restore. Restoring
 * is refused while the editor has unsaved edits, which the restored version would silently replace.
 */
class VersionsDialog extends Dialog {

    private final JobDescriptionService documents;
    private final long vacancyId;
    private final int version;
    private final boolean dirty;
    private final Runnable onRestored;
    private final Div detail = new Div();

    /**
     * @param version    the version the editor started from (0 for the proposal)
     * @param dirty      whether the editor has unsaved edits
     * @param onRestored reloads the editor after a restore
     */
    VersionsDialog(JobDescriptionService documents, long vacancyId, int version, boolean dirty, Runnable onRestored) {
        this.documents = documents;
        this.vacancyId = vacancyId;
        this.version = version;
        this.dirty = dirty;
        this.onRestored = onRestored;
        setHeaderTitle(getTranslation("jd.versions"));
        setWidth("min(60rem, 95vw)");
        List<VersionInfo> all = documents.versions(vacancyId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("jd.versions.none")));
        }
        detail.addClassName("rop-jd-version-detail");
        all.forEach(info -> add(row(info)));
        add(detail);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private Div row(VersionInfo info) {
        Span label = new Span(getTranslation("jd.version.line", info.number(),
                Formats.dateTime(info.savedAt(), getLocale()), info.savedBy())
                + (info.note() == null ? "" : " · " + info.note()));
        Button view = new Button(getTranslation("jd.version.view"), e -> {
            detail.removeAll();
            DocumentPreview old = new DocumentPreview();
            old.show(documents.preview(vacancyId, documents.version(vacancyId, info.number()),
                    DocumentKind.JOB_DESCRIPTION));
            detail.add(old);
        });
        view.setId("jd-view-" + info.number());
        Button compare = new Button(getTranslation("jd.version.compare"), e -> {
            detail.removeAll();
            detail.add(new VersionDiff(documents.compare(vacancyId, info.number(), version)));
        });
        compare.setId("jd-compare-" + info.number());
        compare.setEnabled(info.number() != version);
        Button restore = new Button(getTranslation("jd.version.restore"), e -> restore(info.number()));
        restore.setId("jd-restore-" + info.number());
        restore.setEnabled(info.number() != version && !dirty);
        if (dirty) {
            restore.setTooltipText(getTranslation("jd.version.restore.dirty"));
        }
        for (Button button : List.of(view, compare, restore)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div row = new Div(label, view, compare, restore);
        row.addClassName("rop-jd-version");
        return row;
    }

    private void restore(int number) {
        try {
            documents.restore(vacancyId, number, version);
            close();
            Notifications.success(this, "jd.restored", number);
            onRestored.run();
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }
}
