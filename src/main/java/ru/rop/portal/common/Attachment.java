package ru.rop.portal.common;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/**
 * The Content-Disposition of every file the portal hands out. A name may come from a person (a résumé) and hold
 * quotes, line breaks or Cyrillic: RFC 6266 encoding keeps the header one well-formed line whatever the name.
 */
public final class Attachment {

    private Attachment() {
    }

    public static String contentDisposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
