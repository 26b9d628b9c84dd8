package ru.rop.portal.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV record (RFC 4180) for a Russian Excel, with a guard against formula injection when the file is opened in a
 * spreadsheet: candidate exports and the audit log share it.
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static String of(List<String> cells) {
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
