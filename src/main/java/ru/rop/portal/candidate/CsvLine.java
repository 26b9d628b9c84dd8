package ru.rop.portal.candidate;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV record (RFC 4180), with a guard against formula injection when the file is opened in a spreadsheet. */
final class CsvLine {

    private CsvLine() {
    }

    static String of(List<String> cells) {
        return cells.stream().map(CsvLine::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** A phone number such as +7 912 … stays as it is; «=SUM(…)» or «+cmd|…» is defused. */
    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if ("=@\t\r".indexOf(first) >= 0) {
            return true;
        }
        return (first == '+' || first == '-') && !text.matches("[+-][0-9 ()\\-]*");
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (startsLikeAFormula(text)) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
