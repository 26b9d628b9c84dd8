package ru.rop.portal.documents;

import java.util.ArrayList;
import java.util.List;

/** Longest-common-subsequence diff of lines: documents have a few hundred lines, so the table stays small. */
final class TextDiff {

    private TextDiff() {
    }

    static List<DiffLine> lines(String older, String newer) {
        List<String> a = older.lines().filter(l -> !l.isBlank()).toList();
        List<String> b = newer.lines().filter(l -> !l.isBlank()).toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<DiffLine> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new DiffLine(DiffLine.Change.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new DiffLine(DiffLine.Change.REMOVED, a.get(i++)));
            } else {
                diff.add(new DiffLine(DiffLine.Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new DiffLine(DiffLine.Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new DiffLine(DiffLine.Change.ADDED, b.get(j++)));
        }
        return diff;
    }
}
