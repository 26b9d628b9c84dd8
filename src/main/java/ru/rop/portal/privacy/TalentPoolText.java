package ru.rop.portal.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The file templates/consent/talent-pool.yaml: the separate, versioned consent to stay in the talent pool. */
record TalentPoolText(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String version,
                      @NotBlank @Size(max = 120) String title,
                      @NotBlank @Size(max = 8000) String text) {

    static final String FILE = "consent/talent-pool.yaml";
}
