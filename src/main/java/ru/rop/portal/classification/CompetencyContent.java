package ru.rop.portal.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/model/competencies.yaml: the three roles and the scorecard competencies. */
record CompetencyContent(@NotNull List<@Valid @NotNull RopRole> roles,
                         @NotNull List<@Valid @NotNull Competency> competencies) {

    static final String FILE = "model/competencies.yaml";
    static final int MIN_COMPETENCIES = 8;

    void check(ContentChecks checks) {
        checks.uniqueIds("roles", roles, r -> r.id().name());
        Set<RoleId> missingRoles = EnumSet.allOf(RoleId.class);
        roles.forEach(r -> missingRoles.remove(r.id()));
        missingRoles.forEach(id -> checks.problem("roles", "role " + id + " is missing"));
        checks.uniqueIds("competencies", competencies, Competency::id);
        checks.atLeast("competencies", competencies.size(), MIN_COMPETENCIES, "competencies");
        for (int i = 0; i < competencies.size(); i++) {
            checks.anchoredScale("competencies[" + i + "].levels", competencies.get(i).levels());
        }
        for (RoleId role : RoleId.values()) {
            if (competencies.stream().noneMatch(c -> c.roles().contains(role))) {
                checks.problem("competencies", "no competency serves the role " + role);
            }
        }
        for (DimensionId dimension : DimensionId.values()) {
            if (competencies.stream().noneMatch(c -> c.dimensions().contains(dimension))) {
                checks.problem("competencies", "no competency gives evidence for " + dimension);
            }
        }
    }
}
