package org.webmail.compose;

import java.util.List;

/**
 * Why the form cannot be sent, saved or attached to yet; the form is shown again intact. The words are chosen when
 * the page is rendered, in the reader's language ({@link ComposeText}).
 */
public class ComposeProblem extends RuntimeException {

    private final List<ComposeText> problems;

    public ComposeProblem(List<ComposeText> problems) {
        super(problems.size() + " problem(s) with the compose form");
        this.problems = List.copyOf(problems);
    }

    public ComposeProblem(ComposeText problem) {
        this(List.of(problem));
    }

    public List<ComposeText> problems() {
        return problems;
    }
}
