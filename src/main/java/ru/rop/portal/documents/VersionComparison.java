package ru.rop.portal.documents;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two versions of a document clause by clause. Clauses that keep their order are aligned by the longest
 * common subsequence (java-diff-utils); of the rest, identical texts are moves, and the most similar pairs of words
 * (at least half shared) are rewordings; whatever is left was added or removed.
 */
final class VersionComparison {

    /** Share of words two texts need in common to count as one clause reworded rather than one out, one in. */
    private static final double SAME_CLAUSE = 0.5;

    private VersionComparison() {
    }

    /** A clause as a person reads it: its section and its text, without number or markup. */
    private record Unit(String section, String text) {
    }

    static List<ClauseChange> compare(OfficeDocument older, OfficeDocument newer) {
        List<Unit> a = units(older);
        List<Unit> b = units(newer);
        Set<Integer> removed = new HashSet<>();
        Set<Integer> added = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(texts(a), texts(b)).getDeltas()) {
            for (int i = 0; i < delta.getSource().size(); i++) {
                removed.add(delta.getSource().getPosition() + i);
            }
            for (int j = 0; j < delta.getTarget().size(); j++) {
                added.add(delta.getTarget().getPosition() + j);
            }
        }
        // Sorted by where the change shows in the newer version; a removed clause where its neighbours went.
        TreeMap<Double, ClauseChange> changes = new TreeMap<>();
        for (Integer i : removed.stream().sorted().toList()) {
            added.stream().sorted().filter(j -> b.get(j).text().equals(a.get(i).text())).findFirst().ifPresent(j -> {
                changes.put((double) j, new ClauseChange(ClauseChange.Kind.MOVED, b.get(j).section(),
                        a.get(i).text(), b.get(j).text(), List.of()));
                removed.remove(i);
                added.remove(j);
            });
        }
        record Pair(int older, int newer, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i : removed) {
            for (int j : added) {
                double similarity = similarity(a.get(i).text(), b.get(j).text());
                if (similarity >= SAME_CLAUSE) {
                    pairs.add(new Pair(i, j, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        for (Pair pair : pairs) {
            if (removed.contains(pair.older()) && added.contains(pair.newer())) {
                changes.put((double) pair.newer(), new ClauseChange(ClauseChange.Kind.CHANGED,
                        b.get(pair.newer()).section(), a.get(pair.older()).text(), b.get(pair.newer()).text(),
                        words(a.get(pair.older()).text(), b.get(pair.newer()).text())));
                removed.remove(pair.older());
                added.remove(pair.newer());
            }
        }
        for (int j : added) {
            changes.put((double) j, new ClauseChange(ClauseChange.Kind.ADDED, b.get(j).section(), "",
                    b.get(j).text(), List.of()));
        }
        for (int i : removed) {
            changes.put(place(i, a, b), new ClauseChange(ClauseChange.Kind.REMOVED, a.get(i).section(),
                    a.get(i).text(), "", List.of()));
        }
        return List.copyOf(changes.values());
    }

    /** Just after the newer position of the nearest unchanged clause before it; fractions keep removals apart. */
    private static double place(int removedIndex, List<Unit> a, List<Unit> b) {
        for (int i = removedIndex - 1; i >= 0; i--) {
            int j = b.indexOf(a.get(i));
            if (j >= 0) {
                return j + 0.5 + removedIndex / 10_000.0;
            }
        }
        return -1 + removedIndex / 10_000.0;
    }

    private static List<Unit> units(OfficeDocument document) {
        List<Unit> units = new ArrayList<>();
        String section = "";
        for (OfficeDocument.Block block : document.blocks()) {
            switch (block) {
                case OfficeDocument.Heading heading -> section = heading.text().replaceFirst("^[\\d.]+\\s*", "");
                case OfficeDocument.Clause clause -> units.add(new Unit(section, clause.text()));
                case OfficeDocument.Paragraph paragraph -> units.add(new Unit(section, paragraph.text()));
                // The stamp names who approves; its blanks to sign on are no text.
                case OfficeDocument.Approval approval -> units.add(new Unit(section, String.join(" ",
                        approval.lines()).replaceAll("_{2,}", "").replaceAll("\\s+", " ").strip()));
                case OfficeDocument.Title title -> units.add(new Unit(section, title.text()));
                case OfficeDocument.Subtitle subtitle -> units.add(new Unit(section, subtitle.text()));
                case OfficeDocument.Signatures ignored -> {
                    // The same printed form in every version.
                }
            }
        }
        return units;
    }

    private static List<String> texts(List<Unit> units) {
        return units.stream().map(Unit::text).toList();
    }

    /** Dice coefficient of the two texts' words, case and punctuation aside. */
    static double similarity(String first, String second) {
        Map<String, Integer> left = bag(first);
        Map<String, Integer> right = bag(second);
        int common = 0;
        for (Map.Entry<String, Integer> word : left.entrySet()) {
            common += Math.min(word.getValue(), right.getOrDefault(word.getKey(), 0));
        }
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 1 : 2.0 * common / total;
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .forEach(w -> bag.merge(w, 1, Integer::sum));
        return bag;
    }

    /** The words of a reworded clause in reading order: kept, removed (where they stood) and added. */
    private static List<ClauseChange.Word> words(String older, String newer) {
        List<String> a = List.of(older.split(" "));
        List<String> b = List.of(newer.split(" "));
        List<ClauseChange.Word> words = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                words.add(new ClauseChange.Word(ClauseChange.Mark.SAME, a.get(i)));
            }
            delta.getSource().getLines().forEach(w -> words.add(new ClauseChange.Word(ClauseChange.Mark.REMOVED, w)));
            delta.getTarget().getLines().forEach(w -> words.add(new ClauseChange.Word(ClauseChange.Mark.ADDED, w)));
            i += delta.getSource().size();
        }
        for (; i < a.size(); i++) {
            words.add(new ClauseChange.Word(ClauseChange.Mark.SAME, a.get(i)));
        }
        return words;
    }
}
