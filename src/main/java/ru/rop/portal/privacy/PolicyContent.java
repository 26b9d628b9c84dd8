package ru.rop.portal.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/privacy/policy.yaml: the privacy policy candidates read, in versioned sections. */
record PolicyContent(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String version,
                     @NotBlank @Size(max = 120) String title,
                     @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Section> sections) {

    static final String FILE = "privacy/policy.yaml";

    record Section(@NotBlank @Size(max = 120) String heading, @NotBlank @Size(max = 6000) String text) {
    }

    void check(ContentChecks checks) {
        checks.uniqueIds("sections", sections, Section::heading);
    }
}
