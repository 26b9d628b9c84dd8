package ru.rop.portal.assessment;

import java.util.Set;
import java.util.stream.Collectors;
import ru.rop.portal.classification.DimensionId;

/**
 * Surface features of a situational item that a candidate could read the key from: which options are the longest,
 * and which one is best for the capabilities. Shared by the content rules and the integrity checks.
 */
final class ItemTells {

    private ItemTells() {
    }

    static double meanLength(SituationalItem item) {
        return item.options().stream().mapToInt(o -> o.text().length()).average().orElse(0.0);
    }

    /** The ids of the longest options (several when equally long). */
    static Set<String> longest(SituationalItem item) {
        int max = item.options().stream().mapToInt(o -> o.text().length()).max().orElse(0);
        return item.options().stream().filter(o -> o.text().length() == max).map(SituationalItem.Option::id)
                .collect(Collectors.toSet());
    }

    /** The ids of the options with the highest summed effect on the capabilities: the «textbook» choice. */
    static Set<String> top(SituationalItem item, Set<DimensionId> capabilities) {
        int max = item.options().stream().mapToInt(o -> capabilityScore(o, capabilities)).max().orElse(0);
        return item.options().stream().filter(o -> capabilityScore(o, capabilities) == max)
                .map(SituationalItem.Option::id).collect(Collectors.toSet());
    }

    static int capabilityScore(SituationalItem.Option option, Set<DimensionId> capabilities) {
        return option.effects().entrySet().stream().filter(e -> capabilities.contains(e.getKey()))
                .mapToInt(e -> e.getValue()).sum();
    }
}
