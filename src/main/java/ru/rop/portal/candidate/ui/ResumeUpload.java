package ru.rop.portal.candidate.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The résumé upload target. Vaadin's in-memory handler reads whatever arrives, and its limits cover multipart only:
 * a raw POST of any size and content type would land in memory. This one refuses a declared length over the limit
 * before reading a byte, and stops one byte past the limit when the length is missing or wrong.
 */
final class ResumeUpload implements UploadHandler {

    /** Room for the multipart boundary and part headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final String tooBigMessage;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableRunnable tooBig;

    /**
     * @param received called with the file name and content of a file within the limit (outside the UI lock)
     * @param tooBig called when a file was refused for its size (outside the UI lock)
     */
    ResumeUpload(int maxBytes, String tooBigMessage, SerializableBiConsumer<String, byte[]> received,
                 SerializableRunnable tooBig) {
        this.maxBytes = maxBytes;
        this.tooBigMessage = tooBigMessage;
        this.received = received;
        this.tooBig = tooBig;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        received.accept(event.getFileName(), content);
    }

    private void refuse(UploadEvent event) {
        // Not read any further: Tomcat drains at most server.tomcat.max-swallow-size and then closes the connection.
        event.reject(tooBigMessage);
        tooBig.run();
    }

    @Override
    public void responseHandled(UploadResult result) {
        // Vaadin writes the refusal as JSON without a charset: the Russian reason would arrive as question marks.
        if (result.response() instanceof ServletResponse servlet) {
            servlet.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        UploadHandler.super.responseHandled(result);
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
