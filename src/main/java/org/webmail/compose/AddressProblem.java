package org.webmail.compose;

import java.util.List;

/** What is wrong with what the user typed in an address field, one sentence per address. */
public class AddressProblem extends RuntimeException {

    private final List<String> problems;

    public AddressProblem(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
