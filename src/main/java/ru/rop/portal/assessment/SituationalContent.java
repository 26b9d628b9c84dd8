package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/assessment/situational.yaml. */
record SituationalContent(@NotNull List<@Valid @NotNull SituationalItem> items) {

    static final String FILE = "assessment/situational.yaml";
    static final int MIN_ITEMS = 30;
    static final int MIN_ITEMS_PER_DIMENSION = 5;
    /** The longest option may be at most this much longer than the shortest: length must not give answers away. */
    static final double MAX_LENGTH_RATIO = 1.6;

    void check(ContentChecks checks) {
        checks.uniqueIds("items", items, SituationalItem::id);
        checks.atLeast("items", items.size(), MIN_ITEMS, "items");
        for (int i = 0; i < items.size(); i++) {
            SituationalItem item = items.get(i);
            String entry = "items[" + i + "]";
            checks.uniqueIds(entry + ".options", item.options(), SituationalItem.Option::id);
            for (int o = 0; o < item.options().size(); o++) {
                Evidence.checkEffects(checks, entry + ".options[" + o + "].effects", item.options().get(o).effects());
            }
            int shortest = item.options().stream().mapToInt(o -> o.text().length()).min().orElse(1);
            int longest = item.options().stream().mapToInt(o -> o.text().length()).max().orElse(1);
            if (longest > MAX_LENGTH_RATIO * shortest) {
                checks.problem(entry + ".options", "option lengths differ too much (" + shortest + " to " + longest
                        + " characters): the longest would give the answer away");
            }
        }
        for (DimensionId dimension : DimensionId.values()) {
            long covering = items.stream()
                    .filter(item -> item.options().stream().anyMatch(o -> o.effects().containsKey(dimension)))
                    .count();
            checks.atLeast("items", (int) covering, MIN_ITEMS_PER_DIMENSION, "items giving evidence for " + dimension);
        }
    }
}
