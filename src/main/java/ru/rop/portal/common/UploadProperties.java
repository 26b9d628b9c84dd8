package ru.rop.portal.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what people upload; the upload field, the check of the file and the messages all name the same one.
 *
 * @param maxResumeSize the largest résumé accepted (the servlet's multipart limit is set a little above it)
 */
@ConfigurationProperties("rop.uploads")
public record UploadProperties(@DefaultValue("10MB") DataSize maxResumeSize) {

    /** The limit in whole megabytes, as the messages state it. */
    public long maxResumeMegabytes() {
        return maxResumeSize.toMegabytes();
    }
}
