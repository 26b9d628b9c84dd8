package ru.rop.portal.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The file templates/consent/consent.yaml: the versioned consent to the processing of personal data.
 *
 * @param previous earlier versions, each kept word for word in {@code consent/previous/<version>.yaml}; null in
 *                 those files themselves
 */
record ConsentText(@NotBlank @Pattern(regexp = VERSION) String version,
                   List<@NotBlank @Pattern(regexp = VERSION) String> previous,
                   @NotBlank @Size(max = 120) String title,
                   @NotBlank @Size(max = 8000) String text) {

    static final String FILE = "consent/consent.yaml";
    static final String VERSION = "[A-Za-z0-9._-]{1,32}";

    static String previousFile(String version) {
        return "consent/previous/" + version + ".yaml";
    }

    List<String> previousVersions() {
        return previous == null ? List.of() : previous;
    }
}
