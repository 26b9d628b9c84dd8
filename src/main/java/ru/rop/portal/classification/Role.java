package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record Role(@NotNull RoleId id, @NotBlank @Size(max = 40) String label,
                   @NotBlank @Size(max = 250) String description) {
}
