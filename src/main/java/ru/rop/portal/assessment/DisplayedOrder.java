package ru.rop.portal.assessment;

import java.util.List;
import java.util.Map;

/**
 * The order in which one invitation shows its choices, drawn again from the invitation's seed (nothing about the
 * display order is stored): for the integrity checks, e.g. whether a candidate always picks the first option shown.
 *
 * @param situational per situational item id, in the order the items are shown, its option ids as shown
 * @param blocks per forced-choice block id, in the order the blocks are shown, its statement ids as shown
 */
record DisplayedOrder(Map<String, List<String>> situational, Map<String, List<String>> blocks) {

    /** The 0-based position at which an option or statement was shown; -1 when the item or id is unknown. */
    int position(String itemId, String choiceId) {
        List<String> shown = situational.containsKey(itemId) ? situational.get(itemId) : blocks.get(itemId);
        return shown == null ? -1 : shown.indexOf(choiceId);
    }
}
