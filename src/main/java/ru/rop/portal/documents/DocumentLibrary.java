package ru.rop.portal.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.common.content.ContentChecks;
import ru.rop.portal.vacancy.SalesModel;

/** The file templates/documents/library.yaml: everything HR chooses from for the job description and the rights. */
record DocumentLibrary(
        @NotNull @Size(min = 10, max = 10) List<@Valid @NotNull Function> functions,
        @NotNull List<@Valid @NotNull Industry> industries,
        @NotNull @Size(min = 10, max = 80) List<@Valid @NotNull Duty> duties,
        @NotBlank @Size(max = 600) String ownClients,
        @NotNull @Size(min = 12, max = 12) List<@Valid @NotNull Item> rights,
        @NotNull @Size(min = 3, max = 30) List<@Valid @NotNull Item> responsibilities,
        @NotNull @Size(min = 2, max = 30) List<@Valid @NotNull Item> relationships,
        @NotNull @Size(min = 3, max = 30) List<@Valid @NotNull Kpi> kpis,
        @NotNull @Size(min = 3, max = 30) List<@Valid @NotNull Item> qualifications) {

    static final String FILE = "documents/library.yaml";

    /** One of the ten functions of DOMAIN.md; duties are grouped by it. */
    record Function(@NotNull @Pattern(regexp = "[A-Z_]{2,30}") String id, @NotBlank @Size(max = 80) String label) {
    }

    record Industry(@NotNull @Pattern(regexp = "[A-Z_]{2,30}") String id, @NotBlank @Size(max = 80) String label,
                    @NotNull @Size(min = 1, max = 20) List<@NotBlank String> keywords) {

        boolean matches(String industry) {
            String text = industry == null ? "" : industry.toLowerCase(Locale.ROOT);
            return keywords.stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
        }
    }

    record Duty(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,40}") String id, @NotBlank String function,
                @JsonProperty("default") boolean byDefault, @NotBlank @Size(max = 600) String text,
                Map<@NotBlank String, @NotBlank @Size(max = 600) String> variants) {
    }

    record Item(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,40}") String id, @JsonProperty("default") boolean byDefault,
                @NotBlank @Size(max = 600) String text) {
    }

    record Kpi(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,40}") String id, @JsonProperty("default") boolean byDefault,
               @NotBlank @Size(max = 120) String label, @NotBlank @Size(max = 80) String unit,
               @NotNull @Size(max = 80) String target, @NotNull @Size(max = 30) String period) {
    }

    void check(ContentChecks checks) {
        checks.uniqueIds("functions", functions, Function::id);
        checks.uniqueIds("industries", industries, Industry::id);
        checks.uniqueIds("duties", duties, Duty::id);
        checks.uniqueIds("rights", rights, Item::id);
        checks.uniqueIds("responsibilities", responsibilities, Item::id);
        checks.uniqueIds("relationships", relationships, Item::id);
        checks.uniqueIds("kpis", kpis, Kpi::id);
        checks.uniqueIds("qualifications", qualifications, Item::id);
        Set<String> functionIds = new HashSet<>(functions.stream().map(Function::id).toList());
        Set<String> variantKeys = new HashSet<>(industries.stream().map(Industry::id).toList());
        Arrays.stream(SalesModel.values()).forEach(m -> variantKeys.add(m.name()));
        for (int i = 0; i < duties.size(); i++) {
            Duty duty = duties.get(i);
            if (!functionIds.contains(duty.function())) {
                checks.problem("duties[" + i + "].function", "unknown function '" + duty.function() + "'");
            }
            if (duty.variants() != null) {
                for (String key : duty.variants().keySet()) {
                    if (!variantKeys.contains(key)) {
                        checks.problem("duties[" + i + "].variants", "unknown sales model or industry '" + key + "'");
                    }
                }
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            // A criterion reads «показатель — цель; период оценки — месяц»: without either it assesses nothing.
            Kpi kpi = kpis.get(i);
            if (kpi.target().isBlank()) {
                checks.problem("kpis[" + i + "].target", "KPI " + kpi.id() + " has no target");
            }
            if (kpi.period().isBlank()) {
                checks.problem("kpis[" + i + "].period", "KPI " + kpi.id() + " has no period");
            }
        }
        for (Function function : functions) {
            if (duties.stream().noneMatch(d -> d.function().equals(function.id()))) {
                checks.problem("duties", "no duty for function " + function.id());
            }
        }
    }
}
