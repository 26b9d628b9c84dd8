package ru.rop.portal.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The file templates/consent/consent.yaml: the versioned consent to the processing of personal data. */
record ConsentText(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String version,
                   @NotBlank @Size(max = 120) String title,
                   @NotBlank @Size(max = 8000) String text) {

    static final String FILE = "consent/consent.yaml";
}
