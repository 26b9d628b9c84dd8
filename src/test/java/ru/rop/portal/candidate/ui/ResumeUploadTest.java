package ru.rop.portal.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: a raw {@code application/octet-stream} POST to the résumé upload target is cut at the limit
 * instead of being read into memory, whatever length it declares.
 */
class ResumeUploadTest {

    /** The default limit, {@code rop.uploads.max-resume-size}. */
    private static final int LIMIT = 10 * 1024 * 1024;

    private final List<byte[]> received = new ArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ResumeUpload handler = new ResumeUpload(LIMIT, "Файл больше 10 МБ.",
            (name, content) -> received.add(content), refused::incrementAndGet);

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingAByte() throws IOException {
        Endless body = new Endless();
        UploadEvent event = rawPost(600L * 1024 * 1024, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("Файл больше 10 МБ.");
        assertThat(body.read).isZero();
        assertThat(received).isEmpty();
        assertThat(refused).hasValue(1);
    }

    @Test
    void aBodyWithoutLengthIsCutOneBytePastTheLimit() throws IOException {
        Endless body = new Endless();
        UploadEvent event = rawPost(-1, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isEqualTo(LIMIT + 1L);
        assertThat(received).isEmpty();
        assertThat(refused).hasValue(1);
    }

    @Test
    void aBodyLongerThanItsDeclaredLengthIsCutToo() throws IOException {
        Endless body = new Endless();
        UploadEvent event = rawPost(1024, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isEqualTo(LIMIT + 1L);
    }

    @Test
    void aFileWithinTheLimitIsHandedOverWhole() throws IOException {
        Endless body = new Endless(LIMIT);
        UploadEvent event = rawPost(LIMIT, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().extracting(content -> content.length).isEqualTo(LIMIT);
        assertThat(refused).hasValue(0);
    }

    @Test
    void multipartLimitsAreTheResumeLimit() {
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
        assertThat(handler.getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 1024L * 1024);
    }

    private static UploadEvent rawPost(long contentLength, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "cv.pdf",
                contentLength, "application/octet-stream", null, null);
    }

    /** A body that never ends (or ends after {@code size} bytes) and counts what the server took from it. */
    private static final class Endless extends InputStream {

        private final long size;
        long read;

        Endless() {
            this(Long.MAX_VALUE);
        }

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            read += n;
            return n;
        }
    }
}
