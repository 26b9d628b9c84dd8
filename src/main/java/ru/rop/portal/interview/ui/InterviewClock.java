package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * Time since the interview started against the planned length, ticking in the browser: no server round trip every
 * second, and it keeps running through a network hiccup. Turns red past the plan.
 */
class InterviewClock extends Span {

    InterviewClock() {
        addClassName("rop-interview-clock");
        setId("interview-clock");
    }

    void start(Instant startedAt, int plannedMinutes) {
        getElement().executeJs("""
                const el = this, started = $0, planned = $1, label = $2;
                if (el.__ropClock) { clearInterval(el.__ropClock); }
                const tick = () => {
                  const s = Math.max(0, Math.floor((Date.now() - started) / 1000));
                  const mm = String(Math.floor(s / 60)).padStart(2, '0'), ss = String(s % 60).padStart(2, '0');
                  el.textContent = label.replace('{0}', mm + ':' + ss).replace('{1}', planned);
                  el.classList.toggle('rop-over-time', s > planned * 60);
                };
                tick();
                el.__ropClock = setInterval(tick, 1000);
                """, startedAt.toEpochMilli(), plannedMinutes, getTranslation("interview.clock"));
    }

    /** A submitted interview's clock stands still: the time spent is over, not running on. */
    void stopped() {
        getElement().executeJs("if (this.__ropClock) { clearInterval(this.__ropClock); this.__ropClock = null; }");
        getElement().setText(getTranslation("interview.clock.stopped"));
        getElement().getClassList().remove("rop-over-time");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("if (this.__ropClock) { clearInterval(this.__ropClock); this.__ropClock = null; }");
    }
}
