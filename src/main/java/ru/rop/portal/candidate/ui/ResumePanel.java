package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.ResumeFile;
import ru.rop.portal.candidate.ResumeInfo;
import ru.rop.portal.common.UploadProperties;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SafeDownload;

/** The candidate's résumé on the card: the file to download and the upload that replaces it. */
class ResumePanel extends Div {

    /** @param reload shows the card again once a file is saved */
    ResumePanel(CandidateService candidates, UploadProperties uploads, long candidateId, ResumeInfo resume,
                Runnable reload) {
        add(new H3(getTranslation("candidate.resume")));
        addClassName("rop-panel");
        if (resume != null) {
            Anchor download = new Anchor(SafeDownload.fromInputStream(request -> {
                ResumeFile file = candidates.resume(candidateId).orElseThrow();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            }), resume.fileName());
            download.getElement().setAttribute("download", true);
            download.setId("resume-download");
            Span meta = new Span(getTranslation("candidate.resume.meta", resume.sizeBytes() / 1024,
                    Formats.dateTime(resume.uploadedAt(), getLocale())));
            meta.addClassName("rop-muted");
            add(new Div(download), meta);
        }
        Paragraph refused = new Paragraph();
        refused.addClassName("rop-form-error");
        refused.setId("resume-problem");
        refused.setVisible(false);
        Upload upload = new Upload();
        UI ui = UI.getCurrent();
        int maxBytes = Math.toIntExact(uploads.maxResumeSize().toBytes());
        long megabytes = uploads.maxResumeMegabytes();
        String tooBig = getTranslation("resume.too-big", megabytes);
        upload.setUploadHandler(new ResumeUpload(maxBytes, tooBig, (fileName, bytes) -> ui.access(() -> {
            try {
                candidates.attachResume(candidateId, fileName, bytes);
                Notifications.success(this, "candidate.resume.saved");
                reload.run();
            } catch (UserFacingException e) {
                // The browser took the file and shows it as done: with one file allowed it would refuse the next.
                upload.clearFileList();
                refused.setText(getTranslation(e.messageKey(), e.params()));
                refused.setVisible(true);
            }
        }), () -> ui.access(() -> {
            upload.clearFileList();
            refused.setText(tooBig);
            refused.setVisible(true);
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        // By name only, as browsers report a Word file's type differently; the content is checked on saving.
        upload.setAcceptedFileExtensions(".pdf", ".docx");
        upload.addFileRejectedListener(e -> {
            refused.setText(getTranslation("resume.rejected", megabytes));
            refused.setVisible(true);
        });
        upload.setId("resume-upload");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("resume.rejected", megabytes))
                        .setIncorrectFileType(getTranslation("resume.rejected", megabytes)))
                .setUnits(List.of("Б", "КБ", "МБ", "ГБ", "ТБ")));
        add(upload, refused);
    }
}
