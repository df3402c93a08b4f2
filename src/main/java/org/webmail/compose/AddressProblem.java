package org.webmail.compose;

import java.util.List;

/** What is wrong with what the user typed in an address field, one sentence per address (worded when shown). */
public class AddressProblem extends RuntimeException {

    private final List<ComposeText> problems;

    public AddressProblem(List<ComposeText> problems) {
        super(problems.size() + " address problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ComposeText> problems() {
        return problems;
    }
}
