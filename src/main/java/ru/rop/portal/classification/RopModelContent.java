package ru.rop.portal.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/model/rop-model.yaml: the twelve dimensions and the eight types. */
record RopModelContent(@NotNull List<@Valid @NotNull Dimension> dimensions,
                       @NotNull List<@Valid @NotNull RopType> types) {

    static final String FILE = "model/rop-model.yaml";

    void check(ContentChecks checks) {
        checks.uniqueIds("dimensions", dimensions, d -> d.id().name());
        checks.uniqueIds("types", types, t -> t.id().name());
        Set<DimensionId> missingDimensions = EnumSet.allOf(DimensionId.class);
        dimensions.forEach(d -> missingDimensions.remove(d.id()));
        missingDimensions.forEach(id -> checks.problem("dimensions", "dimension " + id + " is missing"));
        Set<RopTypeId> missingTypes = EnumSet.allOf(RopTypeId.class);
        types.forEach(t -> missingTypes.remove(t.id()));
        missingTypes.forEach(id -> checks.problem("types", "type " + id + " is missing"));
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension dimension = dimensions.get(i);
            String entry = "dimensions[" + i + "].scale";
            if (dimension.kind() == DimensionKind.STYLE) {
                checks.fivePointScale(entry, dimension.scale());
            } else if (!dimension.scale().isEmpty()) {
                checks.problem(entry, "a capability has no scale of its own: its positions are the answer's quality");
            }
        }
        for (int i = 0; i < types.size(); i++) {
            RopType.Signature signature = types.get(i).signature();
            String entry = "types[" + i + "].signature";
            if (signature.high().isEmpty() && signature.low().isEmpty()) {
                checks.problem(entry, "names no decisive dimension");
            }
            Set<DimensionId> both = new HashSet<>(signature.high());
            both.retainAll(signature.low());
            both.forEach(id -> checks.problem(entry, id + " is both high and low"));
        }
        checkExamples(checks);
    }

    /** Each type's example person, the classifier page's preset, must be a clear case of that very type. */
    private void checkExamples(ContentChecks checks) {
        if (!checks.clean()) {
            return;
        }
        TypeClassifier classifier = new TypeClassifier(dimensions, types);
        for (int i = 0; i < types.size(); i++) {
            RopType type = types.get(i);
            String entry = "types[" + i + "].example";
            if (type.example().size() != DimensionId.values().length) {
                checks.problem(entry, "needs a value for each of the twelve dimensions, has " + type.example().size());
                continue;
            }
            Classification result = classifier.classify(DimensionScoring.given(type.example()));
            if (result.best().type() != type.id() || !result.clear()) {
                checks.problem(entry, "classifies as " + result.best().type() + " ("
                        + result.certainty().name().toLowerCase(java.util.Locale.ROOT) + "), not clearly as "
                        + type.id());
            }
        }
    }
}
