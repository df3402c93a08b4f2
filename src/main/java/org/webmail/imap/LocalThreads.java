package org.webmail.imap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups messages into conversations for a server without THREAD (RFC 5256): a simplified version of Jamie
 * Zawinski's algorithm, which RFC 5256 section 2.2 describes as THREAD=REFERENCES. References link messages into
 * a tree; a parent missing from the folder becomes an empty container that still holds its replies together; a
 * link that would close a loop is not made. Subjects join two conversations only for a reply that carries no
 * references at all (some mailers send "Re: ..." with none), and only to a conversation of the same base subject:
 * two unrelated "Weekly report" mails stay apart.
 */
final class LocalThreads {

    /** A message, or the place of a message that is referred to but absent (RFC 5256: a "dummy"). */
    private static final class Container {
        ThreadHeaders message;
        Container parent;
        final List<Container> children = new ArrayList<>();

        Container(ThreadHeaders message) {
            this.message = message;
        }
    }

    private final Map<String, Container> byId = new HashMap<>();
    private final List<Container> all = new ArrayList<>();

    private LocalThreads() {
    }

    /** The conversations of these messages, each as UIDs parent before child, in the order their first message came. */
    static List<List<Long>> group(List<ThreadHeaders> messages) {
        LocalThreads threads = new LocalThreads();
        for (ThreadHeaders message : messages) {
            threads.add(message);
        }
        return threads.conversations();
    }

    private void add(ThreadHeaders message) {
        Container own = containerFor(message);
        Container previous = null;
        for (String reference : message.references()) {
            Container referred = byId.computeIfAbsent(reference, id -> newContainer(null));
            // Links already made by other messages stand (RFC 5256 2.2 step 1.A); only a parentless one gets one.
            if (previous != null && referred.parent == null) {
                link(previous, referred);
            }
            previous = referred;
        }
        // The message's own last reference is its parent, whatever another message claimed (step 1.B).
        if (previous != null && previous != own) {
            unlink(own);
            link(previous, own);
        }
    }

    private Container containerFor(ThreadHeaders message) {
        String id = message.messageId();
        Container known = id == null ? null : byId.get(id);
        if (known != null && known.message == null) {
            known.message = message; // the parent others referred to has arrived
            return known;
        }
        Container own = newContainer(message);
        if (id == null) {
            return own;
        }
        if (known == null) {
            byId.put(id, own);
        } else if (message.references().isEmpty()) {
            link(known, own); // a second copy of a message (say, sent to oneself) stays in the first one's conversation
        }
        return own;
    }

    private Container newContainer(ThreadHeaders message) {
        Container container = new Container(message);
        all.add(container);
        return container;
    }

    /** Makes {@code child} a child of {@code parent} unless that would make a loop (child being parent's ancestor). */
    private static void link(Container parent, Container child) {
        for (Container up = parent; up != null; up = up.parent) {
            if (up == child) {
                return;
            }
        }
        unlink(child);
        child.parent = parent;
        parent.children.add(child);
    }

    private static void unlink(Container child) {
        if (child.parent != null) {
            child.parent.children.remove(child);
            child.parent = null;
        }
    }

    private List<List<Long>> conversations() {
        List<Container> roots = all.stream().filter(c -> c.parent == null).toList();
        Map<Container, List<Container>> merged = mergeReplyWithoutReferences(roots);
        List<List<Long>> result = new ArrayList<>();
        for (Map.Entry<Container, List<Container>> entry : merged.entrySet()) {
            List<Long> uids = new ArrayList<>();
            for (Container root : entry.getValue()) {
                collect(root, uids);
            }
            if (!uids.isEmpty()) {
                result.add(uids);
            }
        }
        return result;
    }

    /** Roots grouped: each root alone, except a reference-less reply, which joins the first root of its base subject. */
    private static Map<Container, List<Container>> mergeReplyWithoutReferences(List<Container> roots) {
        Map<Container, List<Container>> groups = new LinkedHashMap<>();
        Map<String, Container> bySubject = new HashMap<>();
        for (Container root : roots) {
            ThreadHeaders message = root.message;
            BaseSubject subject = BaseSubject.of(message == null ? null : message.subject());
            boolean referenceless = message != null && message.references().isEmpty();
            Container target = referenceless && subject.reply() && !subject.text().isEmpty() ? bySubject.get(subject.text()) : null;
            if (target != null) {
                groups.get(target).add(root);
                continue;
            }
            groups.put(root, new ArrayList<>(List.of(root)));
            if (message != null && !subject.text().isEmpty()) {
                bySubject.putIfAbsent(subject.text(), root);
            }
        }
        return groups;
    }

    /** Depth first with an explicit stack: a long chain of replies cannot exhaust the call stack. */
    private static void collect(Container root, List<Long> uids) {
        Deque<Container> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Container container = stack.pop();
            if (container.message != null) {
                uids.add(container.message.uid());
            }
            for (int i = container.children.size() - 1; i >= 0; i--) {
                stack.push(container.children.get(i));
            }
        }
    }
}
