package ru.rop.portal.common.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import org.springframework.http.HttpHeaders;
import ru.rop.portal.common.Attachment;

/**
 * {@link DownloadHandler#fromInputStream} with the file name encoded by RFC 6266: Vaadin writes an ASCII name into
 * the header as it is, so a {@code "} or a line break in it breaks the header (or the whole download).
 */
public final class SafeDownload {

    private SafeDownload() {
    }

    public static DownloadHandler fromInputStream(InputStreamDownloadCallback callback) {
        return DownloadHandler.fromInputStream(event -> {
            DownloadResponse download = callback.complete(event);
            if (!download.hasError() && download.getFileName() != null && !download.getFileName().isBlank()) {
                // Vaadin leaves a Content-Disposition that is already there alone.
                event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.contentDisposition(download.getFileName()));
            }
            return download;
        });
    }
}
