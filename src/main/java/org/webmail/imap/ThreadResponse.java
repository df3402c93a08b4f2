package org.webmail.imap;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data of an untagged THREAD response (RFC 5256 section 4): a run of parenthesised thread lists, each
 * a parent followed by its child or by two or more nested lists of sibling subthreads, e.g.
 * {@code (2)(3 6 (4 23)(44 7 96))}. A list that starts with a nested list ({@code ((3)(5))}) has a parent that is
 * not in the mailbox. Each top-level list is one conversation; its numbers come out parent before child.
 *
 * <p>Read with a depth counter, not recursion: a hostile or broken server cannot exhaust the stack.
 */
final class ThreadResponse {

    private ThreadResponse() {
    }

    /** The conversations of a THREAD response's data (what follows "THREAD"); empty data means no messages. */
    static List<List<Long>> parse(String data) {
        List<List<Long>> threads = new ArrayList<>();
        List<Long> current = null;
        int depth = 0;
        int i = 0;
        int length = data == null ? 0 : data.length();
        while (i < length) {
            char c = data.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    current = new ArrayList<>();
                }
                i++;
            } else if (c == ')') {
                if (depth == 0) {
                    throw new IllegalArgumentException("THREAD response closes a list it never opened at " + i);
                }
                if (--depth == 0) {
                    threads.add(current);
                }
                i++;
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < length && Character.isDigit(data.charAt(end))) {
                    end++;
                }
                if (depth == 0) {
                    throw new IllegalArgumentException("THREAD response has a number outside any list at " + i);
                }
                current.add(Long.parseLong(data.substring(i, end)));
                i = end;
            } else if (c == ' ') {
                i++;
            } else {
                throw new IllegalArgumentException("THREAD response has '" + c + "' at " + i);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("THREAD response ends inside a list");
        }
        return threads;
    }
}
