package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One of the three roles of a head of sales in the model (manager, seller, motivator), as the pages name it. */
public record RopRole(@NotNull RoleId id, @NotBlank @Size(max = 40) String label,
                      @NotBlank @Size(max = 250) String description) {
}
