package ru.rop.portal.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A copy of what is typed into a text area, kept in the browser's local storage until the server has saved it.
 * Every keystroke already goes to the server; this covers what the server never received — typed while the
 * network was down or the server restarting. The copy remembers the saved text it started from, so it comes
 * back only while the server still holds exactly that text: nobody's later save is overwritten, and no clock
 * of the browser or the server is trusted.
 */
public final class BrowserDraft {

    /** Prefix of every key, so signing out can drop what a shared tablet still holds. */
    public static final String PREFIX = "rop-draft-";

    private BrowserDraft() {
    }

    /**
     * Call once the area shows the saved text.
     *
     * @param key identifies the field for this user, e.g. interview, question and field
     * @param restore saves a recovered text; the area already shows it
     */
    public static void protect(TextArea area, String key, Consumer<String> restore) {
        area.getElement().executeJs("""
                const area = this, key = $0;
                area.__ropBase = area.value;
                if (!area.__ropDraft) {
                  area.__ropDraft = () => localStorage.setItem(key,
                      JSON.stringify({v: area.value, base: area.__ropBase}));
                  area.addEventListener('input', area.__ropDraft);
                }
                let draft = null;
                try { draft = JSON.parse(localStorage.getItem(key)); } catch (e) { draft = null; }
                if (!draft || draft.v === area.value || draft.base !== area.value) {
                  localStorage.removeItem(key);
                  return null;
                }
                return draft.v;
                """, PREFIX + key)
                .then(String.class, recovered -> {
                    if (recovered != null && !recovered.equals(area.getValue())) {
                        area.setValue(recovered);
                        restore.accept(recovered);
                    }
                });
    }

    /** The server has saved {@code value}: what was typed after it stays, now based on it. */
    public static void saved(TextArea area, String key, String value) {
        area.getElement().executeJs("""
                const key = $0, value = $1;
                this.__ropBase = value;
                let draft = null;
                try { draft = JSON.parse(localStorage.getItem(key)); } catch (e) { draft = null; }
                if (!draft) { return; }
                if (draft.v === value) { localStorage.removeItem(key); }
                else { draft.base = value; localStorage.setItem(key, JSON.stringify(draft)); }
                """, PREFIX + key, value == null ? "" : value);
    }

    /** Drops every copy this browser holds, before the user signs out. */
    public static void forgetAll(UI ui) {
        ui.getPage().executeJs("""
                Object.keys(localStorage).filter(k => k.startsWith($0)).forEach(k => localStorage.removeItem(k));
                """, PREFIX);
    }
}
