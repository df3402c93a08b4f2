package org.webmail.message;

import java.util.List;

/**
 * What an action did, for the person and for the script layer.
 *
 * @param done              UIDs acted on
 * @param missing           UIDs the folder no longer had (moved or deleted elsewhere): their rows can go too
 * @param notice            one plain sentence, e.g. "3 messages moved to Archive"
 * @param problem           true when nothing could be done for a reason the person should read (no such folder)
 * @param needsConfirmation a permanent delete not yet confirmed: nothing was done
 * @param removed           whether the done messages left the folder
 */
public record ActionOutcome(MessageAction action, List<Long> done, List<Long> missing, String notice, boolean problem,
                            boolean needsConfirmation, boolean removed) {

    static ActionOutcome problem(MessageAction action, String notice) {
        return new ActionOutcome(action, List.of(), List.of(), notice, true, false, false);
    }

    static ActionOutcome confirmFirst(MessageAction action, String notice) {
        return new ActionOutcome(action, List.of(), List.of(), notice, false, true, false);
    }
}
