package org.webmail.compose;

import java.util.List;

/** Why the form cannot be sent, saved or attached to yet, in words for the user; the form is shown again intact. */
public class ComposeProblem extends RuntimeException {

    private final List<String> problems;

    public ComposeProblem(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public ComposeProblem(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
