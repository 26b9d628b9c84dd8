package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.common.content.ContentChecks;

/**
 * The file templates/assessment/situational.yaml, with the rules that keep the bank free of surface tells: options
 * of one item alike in length, the best option rarely the longest, every option some documented type's honest view
 * that moves that type's own traits the right way.
 */
record SituationalContent(@NotNull List<@Valid @NotNull SituationalItem> items) {

    static final String FILE = "assessment/situational.yaml";
    static final int MIN_ITEMS = 30;
    static final int MIN_ITEMS_PER_DIMENSION = 5;
    /** Every option within this share of its item's mean option length. */
    static final double MAX_LENGTH_DEVIATION = 0.20;
    /** The option best for the capabilities may be the longest in at most this share of items. */
    static final double MAX_TOP_LONGEST_SHARE = 0.25;
    /** No one type's view may be the longest option in more than this share of items. */
    static final double MAX_VIEW_LONGEST_SHARE = 0.40;
    static final int MIN_OPTIONS_PER_TYPE = 8;
    static final int MIN_OPTIONS_IDEAL = 12;

    void check(ContentChecks checks, RopModel model) {
        checks.uniqueIds("items", items, SituationalItem::id);
        checks.atLeast("items", items.size(), MIN_ITEMS, "items");
        Set<DimensionId> capabilities = model.dimensions().stream()
                .filter(d -> d.kind() == DimensionKind.CAPABILITY).map(d -> d.id())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DimensionId.class)));
        Set<String> flags = model.redFlags().stream().map(f -> f.id()).collect(Collectors.toSet());
        int topLongest = 0;
        Map<RopTypeId, Integer> longestByView = new EnumMap<>(RopTypeId.class);
        Map<RopTypeId, Integer> optionsByView = new EnumMap<>(RopTypeId.class);
        for (int i = 0; i < items.size(); i++) {
            SituationalItem item = items.get(i);
            String entry = "items[" + i + "] " + item.id();
            checks.uniqueIds(entry + ".options", item.options(), SituationalItem.Option::id);
            Set<RopTypeId> views = new HashSet<>();
            for (int o = 0; o < item.options().size(); o++) {
                SituationalItem.Option option = item.options().get(o);
                String optionEntry = entry + ".options[" + o + "]";
                Evidence.checkEffects(checks, optionEntry + ".effects", option.effects());
                if (!views.add(option.view())) {
                    checks.problem(optionEntry + ".view", "view " + option.view() + " appears twice in the item");
                }
                optionsByView.merge(option.view(), 1, Integer::sum);
                checkView(checks, optionEntry, option, model.type(option.view()), capabilities);
                if (option.redFlag() != null && !flags.contains(option.redFlag())) {
                    checks.problem(optionEntry + ".redFlag", "unknown red flag '" + option.redFlag() + "'");
                }
            }
            double mean = ItemTells.meanLength(item);
            for (int o = 0; o < item.options().size(); o++) {
                int length = item.options().get(o).text().length();
                if (Math.abs(length - mean) > MAX_LENGTH_DEVIATION * mean) {
                    checks.problem(entry + ".options[" + o + "].text", "is " + length
                            + " characters, more than 20 % away from the item's mean of " + Math.round(mean)
                            + ": length would give the answer away");
                }
            }
            Set<String> longest = ItemTells.longest(item);
            if (ItemTells.top(item, capabilities).stream().anyMatch(longest::contains)) {
                topLongest++;
            }
            item.options().stream().filter(o -> longest.contains(o.id()))
                    .forEach(o -> longestByView.merge(o.view(), 1, Integer::sum));
        }
        if (!items.isEmpty() && topLongest > MAX_TOP_LONGEST_SHARE * items.size()) {
            checks.problem("items", "the option best for the capabilities is the longest in " + topLongest + " of "
                    + items.size() + " items (at most a quarter allowed): picking the longest would pay");
        }
        longestByView.forEach((view, count) -> {
            if (count > MAX_VIEW_LONGEST_SHARE * items.size()) {
                checks.problem("items", "the " + view + " option is the longest in " + count + " of " + items.size()
                        + " items (at most 40 % allowed)");
            }
        });
        for (RopTypeId type : RopTypeId.values()) {
            checks.atLeast("items", optionsByView.getOrDefault(type, 0),
                    type == RopTypeId.CEO_DREAM ? MIN_OPTIONS_IDEAL : MIN_OPTIONS_PER_TYPE,
                    "options expressing the view of " + type);
        }
        for (DimensionId dimension : DimensionId.values()) {
            long covering = items.stream()
                    .filter(item -> item.options().stream().anyMatch(o -> o.effects().containsKey(dimension)))
                    .count();
            checks.atLeast("items", (int) covering, MIN_ITEMS_PER_DIMENSION, "items giving evidence for " + dimension);
        }
    }

    /** An option in a type's voice must move that type's own traits the way the type shows them. */
    private static void checkView(ContentChecks checks, String entry, SituationalItem.Option option, RopType type,
                                  Set<DimensionId> capabilities) {
        Map<DimensionId, Integer> effects = option.effects();
        if (type.id() == RopTypeId.CEO_DREAM) {
            boolean raises = effects.entrySet().stream()
                    .anyMatch(e -> capabilities.contains(e.getKey()) && e.getValue() > 0);
            boolean lowers = effects.entrySet().stream()
                    .anyMatch(e -> capabilities.contains(e.getKey()) && e.getValue() < 0);
            if (!raises || lowers) {
                checks.problem(entry + ".effects", "the CEO_DREAM view must raise a capability and lower none");
            }
            return;
        }
        boolean touches = false;
        for (DimensionId high : type.signature().high()) {
            if (effects.containsKey(high)) {
                touches = true;
                if (effects.get(high) < 0) {
                    checks.problem(entry + ".effects", high + " is high for " + type.id() + " but the effect lowers it");
                }
            }
        }
        for (DimensionId low : type.signature().low()) {
            if (effects.containsKey(low)) {
                touches = true;
                if (effects.get(low) > 0) {
                    checks.problem(entry + ".effects", low + " is low for " + type.id() + " but the effect raises it");
                }
            }
        }
        if (!touches) {
            checks.problem(entry + ".effects", "touches none of the decisive dimensions of " + type.id());
        }
    }
}
