package ru.rop.portal.common.content;

import java.util.List;
import java.util.stream.Collectors;

/** A content file under templates/ is broken; start-up stops with the file, the entries and the problems named. */
public class InvalidContentException extends RuntimeException {

    private final String file;
    private final List<ContentProblem> problems;

    public InvalidContentException(String file, List<ContentProblem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(String file, List<ContentProblem> problems) {
        return "Content file 'templates/" + file + "' is invalid (" + problems.size() + " problem(s)):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
