package ru.rop.portal.common.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A copy of what is typed into a text area, kept in the browser's local storage until the server has saved it.
 * Every keystroke already goes to the server; this covers what the server never received — typed while the
 * network was down or the server restarting. When the field is shown again and the browser holds a newer text
 * than the database, the text comes back and is saved.
 */
public final class BrowserDraft {

    private BrowserDraft() {
    }

    /**
     * @param key identifies the field for this user, e.g. interview, question and field
     * @param savedAt when the server last saved the field, null if never; older drafts are dropped
     * @param restore saves a recovered text; the area already shows it
     */
    public static void protect(TextArea area, String key, Instant savedAt, Consumer<String> restore) {
        area.getElement().executeJs("""
                const area = this, key = $0, savedAt = $1;
                if (!area.__ropDraft) {
                  area.__ropDraft = () => localStorage.setItem(key,
                      JSON.stringify({v: area.value, t: Date.now()}));
                  area.addEventListener('input', area.__ropDraft);
                }
                let draft = null;
                try { draft = JSON.parse(localStorage.getItem(key)); } catch (e) { draft = null; }
                if (!draft || draft.v === area.value || draft.t <= savedAt) {
                  localStorage.removeItem(key);
                  return null;
                }
                return draft.v;
                """, key, savedAt == null ? 0.0 : (double) savedAt.toEpochMilli())
                .then(String.class, recovered -> {
                    if (recovered != null && !recovered.equals(area.getValue())) {
                        area.setValue(recovered);
                        restore.accept(recovered);
                    }
                });
    }

    /** The server has the text: the browser's copy is dropped unless more was typed since. */
    public static void saved(TextArea area, String key, String value) {
        area.getElement().executeJs("""
                let draft = null;
                try { draft = JSON.parse(localStorage.getItem($0)); } catch (e) { draft = null; }
                if (draft && draft.v === $1) { localStorage.removeItem($0); }
                """, key, value == null ? "" : value);
    }
}
