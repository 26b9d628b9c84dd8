package ru.rop.portal.common.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Collects the semantic problems of one content file so a person sees all of them in one start-up, not one per try. */
public final class ContentChecks {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void problem(String entry, String message) {
        problems.add(new ContentProblem(entry, message));
    }

    /** Ids must be unique within a list; the entry named is the second occurrence. */
    public <T> void uniqueIds(String listName, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                problem(listName + "[" + i + "]", "duplicated id '" + value + "'");
            }
        }
    }

    public void atLeast(String entry, int actual, int required, String what) {
        if (actual < required) {
            problem(entry, "needs at least " + required + " " + what + ", has " + actual);
        }
    }

    /** A behaviourally anchored scale: levels 1, 3 and 5 described at least, nothing outside 1..5. */
    public void anchoredScale(String entry, Map<Integer, String> levels) {
        for (int anchored : List.of(1, 3, 5)) {
            if (!levels.containsKey(anchored)) {
                problem(entry, "level " + anchored + " is missing (levels 1, 3 and 5 are required)");
            }
        }
        levels.keySet().stream().filter(level -> level < 1 || level > 5)
                .forEach(level -> problem(entry, "level " + level + " is outside 1..5"));
    }

    /** A scale that describes every position: levels 1, 2, 3, 4 and 5, nothing else. */
    public void fivePointScale(String entry, Map<Integer, String> levels) {
        if (levels == null || levels.isEmpty()) {
            problem(entry, "is missing: levels 1 to 5 are required");
            return;
        }
        for (int level = 1; level <= 5; level++) {
            if (!levels.containsKey(level)) {
                problem(entry, "level " + level + " is missing (all of 1 to 5 are required)");
            }
        }
        levels.keySet().stream().filter(level -> level == null || level < 1 || level > 5)
                .forEach(level -> problem(entry, "level " + level + " is outside 1..5"));
    }

    /** No problem found so far: later checks that build on the structure may run. */
    public boolean clean() {
        return problems.isEmpty();
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
