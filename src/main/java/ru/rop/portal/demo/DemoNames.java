package ru.rop.portal.demo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code templates/demo/names.yaml}: what the demo's new candidates are drawn from. The limits keep every entry
 * within the card's fields (a full name is a surname and a first name), so an edited entry that the card would refuse
 * stops the start instead of the demo half-way.
 */
record DemoNames(@NotEmpty List<@NotBlank @Size(max = 60) String> men,
                 @NotEmpty List<@NotBlank @Size(max = 60) String> women,
                 @NotEmpty List<@NotBlank @Size(max = 60) String> surnames,
                 @NotEmpty List<@NotBlank @Size(max = 100) String> cities,
                 @NotEmpty List<@NotBlank @Size(max = 200) String> positions,
                 @NotEmpty List<@NotBlank @Size(max = 200) String> companies,
                 @NotEmpty List<@NotBlank @Size(max = 40) String> tags) {

    static final String FILE = "demo/names.yaml";
}
