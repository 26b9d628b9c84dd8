package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.CaseService;
import ru.rop.portal.assessment.TalentPoolService;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.common.ui.Formats;

/**
 * The candidate's assessment behind their link, without an account, made for a phone first: a welcome, the
 * consent, then one item per screen with a progress bar and a gentle countdown per section. Every answer is saved
 * the moment it is given; the same link resumes where the candidate stopped, on any device.
 */
@Route(value = "a/:token", autoLayout = false)
@AnonymousAllowed
public class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateAssessmentService assessments;
    private final TalentPoolService talentPool;
    private final Div page = new Div();
    private String token;
    private AssessmentPlan plan;
    /** The flow as pages: a section's introduction, then its items; the final review is one past the last. */
    private final List<Page> pages = new ArrayList<>();
    private int current;
    private Instant shownAt = Instant.now();
    private String title = "";
    /** Kept from page to page of a section; its progress also changes in place when a block's pick is saved. */
    private final AssessmentHeader header = new AssessmentHeader();
    private @Nullable SituationStep situation;

    private record Page(AssessmentPlan.Section section, int sectionNumber, AssessmentPlan.Item item, int itemNumber) {

        boolean intro() {
            return item == null;
        }
    }

    public AssessmentView(CandidateAssessmentService assessments, TalentPoolService talentPool) {
        this.assessments = assessments;
        this.talentPool = talentPool;
        addClassName("rop-assess");
        page.addClassName("rop-assess-page");
        add(page, PrivacyView.footer());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // Navigation inside Vaadin passes no filter: a refused address sees the same page for any link here too.
        if (assessments.throttled(address())) {
            throttled();
            return;
        }
        Optional<AssessmentPlan> opened = assessments.open(token, address());
        if (opened.isEmpty()) {
            if (assessments.throttled(address())) {
                throttled();
            } else {
                invalid();
            }
            return;
        }
        load(opened.get());
        if (plan.submitted()) {
            completed();
        } else if (!plan.consented()) {
            welcome();
        } else {
            go(indexOf(plan.currentStep(), 0));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Leaving the page is one of the signals the owner sees; it never stops the candidate.
        getElement().executeJs("""
                const view = this;
                if (view.__ropVisibility) { return; }
                view.__ropVisibility = () => { if (document.hidden && view.$server) { view.$server.left(); } };
                document.addEventListener('visibilitychange', view.__ropVisibility);
                """);
    }

    @ClientCallable
    void left() {
        if (plan != null && plan.consented() && !plan.submitted()) {
            assessments.left(token);
        }
    }

    private void load(AssessmentPlan loaded) {
        this.plan = loaded;
        pages.clear();
        int sectionNumber = 0;
        for (AssessmentPlan.Section section : plan.sections()) {
            sectionNumber++;
            pages.add(new Page(section, sectionNumber, null, 0));
            for (int i = 0; i < section.items().size(); i++) {
                pages.add(new Page(section, sectionNumber, section.items().get(i), i + 1));
            }
        }
    }

    private void throttled() {
        title = getTranslation("assessment.throttled.title");
        page.removeAll();
        Div card = card(new H1(title), new Paragraph(getTranslation("assessment.throttled.text")));
        card.setId("assessment-throttled");
        page.add(card);
    }

    /** Where a step is, by a key that survives changes of the content; {@code otherwise} for an unknown key. */
    private int indexOf(String key, int otherwise) {
        if ("review".equals(key)) {
            return pages.size();
        }
        for (int i = 0; i < pages.size(); i++) {
            if (key(i).equals(key)) {
                return i;
            }
        }
        return Math.clamp(otherwise, 0, pages.size());
    }

    private String key(int index) {
        if (index >= pages.size()) {
            return "review";
        }
        Page step = pages.get(index);
        return step.intro() ? "intro:" + step.section().kind() : step.item().kind() + "/" + step.item().id();
    }

    private AssessmentPlan reload() {
        return assessments.current(token);
    }

    /**
     * Moves to a page: the step that leads there (an answer, a section's start, or the move alone) remembers the
     * page for resuming and returns the plan to draw it from, answers from another device included, in one
     * transaction. Nothing is drawn when the step did not run (its own page is shown instead).
     */
    private void go(int index, Function<String, AssessmentPlan> step) {
        String key = key(Math.clamp(index, 0, pages.size()));
        if (act(() -> load(step.apply(key)))) {
            show(indexOf(key, index));
        }
    }

    private void go(int index) {
        go(index, key -> assessments.moveTo(token, key));
    }

    private void invalid() {
        title = getTranslation("assessment.invalid.title");
        page.removeAll();
        Div card = card(new H1(title), new Paragraph(getTranslation("assessment.invalid.text")));
        card.setId("assessment-invalid");
        page.add(card);
    }

    private void welcome() {
        title = getTranslation("assessment.welcome.title", plan.companyName());
        page.removeAll();
        Paragraph lead = new Paragraph(getTranslation("assessment.welcome.lead", plan.candidateName(),
                plan.position(), plan.companyName()));
        UnorderedList parts = new UnorderedList();
        for (AssessmentPlan.Section section : plan.sections()) {
            parts.add(new ListItem(getTranslation("assessment.section.summary." + section.kind(),
                    section.items().size(), minutes(section.budgetSeconds()))));
        }
        Paragraph time = new Paragraph(getTranslation("assessment.welcome.time", plan.minutes(),
                Formats.dateTime(plan.expiresAt(), getLocale())));
        Paragraph honest = new Paragraph(getTranslation("assessment.welcome.honest"));
        honest.setId("assessment-honest");
        Paragraph saved = new Paragraph(getTranslation("assessment.welcome.saved"));
        saved.addClassName("rop-muted");
        Button start = new Button(getTranslation("assessment.welcome.start"), e -> consentPage());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("assessment-start");
        Div card = card(new H1(title), lead, new H2(getTranslation("assessment.welcome.parts")), parts, time, honest,
                saved, PrivacyView.link(), start);
        card.setId("assessment-welcome");
        page.add(card);
    }

    private void consentPage() {
        page.removeAll();
        AssessmentPlan.Consent consent = plan.consent();
        Div text = new Div();
        text.addClassName("rop-consent-text");
        for (String paragraph : consent.text().split("\\n\\s*\\n")) {
            text.add(new Paragraph(paragraph.strip()));
        }
        Span version = new Span(getTranslation("assessment.consent.version", consent.version()));
        version.addClassName("rop-muted");
        Checkbox agree = new Checkbox(getTranslation("assessment.consent.agree"));
        agree.setId("consent-agree");
        Button next = new Button(getTranslation("assessment.consent.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setEnabled(false);
        next.setId("consent-continue");
        agree.addValueChangeListener(e -> next.setEnabled(e.getValue()));
        next.addClickListener(e -> act(() -> {
            load(assessments.consent(token, address(), consent.version()));
            go(indexOf(plan.currentStep(), 0));
        }));
        Paragraph without = new Paragraph(getTranslation("assessment.consent.without"));
        without.addClassName("rop-muted");
        Div card = card(new H1(consent.title()), text, version, PrivacyView.link(), agree, without, next);
        card.setId("assessment-consent");
        page.add(card);
    }

    /** Draws a page of the plan as loaded (by {@link #go}: answers from another device count in the review). */
    private void show(int index) {
        current = Math.clamp(index, 0, pages.size());
        shownAt = Instant.now();
        if (current == pages.size()) {
            page.removeAll();
            review();
            return;
        }
        Page step = pages.get(current);
        if (header.getParent().isEmpty()) {
            page.addComponentAsFirst(header);
        }
        header.show(getTranslation("assessment.where." + step.section().kind(), step.sectionNumber(),
                plan.sections().size(), step.itemNumber(), step.section().items().size()), countdown(step.section()),
                plan);
        Component content;
        if (step.intro()) {
            content = intro(step);
        } else if (step.item().kind() == AssessmentSection.CASES) {
            content = caseItem(step);
        } else if (step.item().kind() == AssessmentSection.SELF) {
            content = blockItem(step);
        } else {
            content = situation(step);
        }
        page.getChildren().filter(child -> child != header && child != content).toList().forEach(page::remove);
        if (content.getParent().isEmpty()) {
            page.add(content);
        }
    }

    /** Gentle: a guide to pace, never a cut-off. */
    private String countdown(AssessmentPlan.Section section) {
        if (section.startedAt() == null) {
            return getTranslation("assessment.countdown.budget", minutes(section.budgetSeconds()));
        }
        long left = section.budgetSeconds() - Duration.between(section.startedAt(), Instant.now()).toSeconds();
        return left > 0 ? getTranslation("assessment.countdown.left", Math.max(1, (left + 59) / 60))
                : getTranslation("assessment.countdown.over");
    }

    private Component intro(Page step) {
        AssessmentPlan.Section section = step.section();
        Button begin = new Button(getTranslation("assessment.section.begin"),
                e -> go(current + 1, key -> assessments.startSection(token, section.kind(), key)));
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        begin.setId("section-begin");
        Div card = card(new H1(getTranslation("assessment.section.title." + section.kind())),
                new Paragraph(getTranslation("assessment.section.intro." + section.kind(), section.items().size(),
                        minutes(section.budgetSeconds()))), navigation(begin));
        card.setId("section-intro");
        return card;
    }

    /** Kept from situation to situation, like the header: a step changes its texts only. */
    private Component situation(Page step) {
        if (situation == null) {
            situation = new SituationStep((item, option) -> go(current + 1,
                    key -> assessments.choose(token, item.id(), option.id(), secondsOnPage(), key)),
                    () -> go(current - 1), () -> go(current + 1));
        }
        situation.show(step.item(), current > 0);
        return situation;
    }

    /** A forced-choice block: every pick is saved at once; the way forward says whether the block is done. */
    private Component blockItem(Page step) {
        AssessmentPlan.Item item = step.item();
        Button next = new Button();
        next.setId("assessment-next");
        next.addClickListener(e -> go(current + 1));
        ForcedChoiceBlock block = new ForcedChoiceBlock(item, (most, least) -> act(() -> {
            AssessmentPlan ranked = assessments.rank(token, item.id(), most, least, secondsOnPage());
            shownAt = Instant.now();
            load(ranked);
        }));
        Runnable forward = () -> {
            next.setText(getTranslation(block.answered() ? "assessment.next" : "assessment.later"));
            if (block.answered()) {
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                next.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        };
        forward.run();
        block.onChange(() -> {
            forward.run();
            header.progress(plan);
        });
        Div card = card(block, navigation(next));
        card.setId("assessment-block");
        return card;
    }

    private Component caseItem(Page step) {
        AssessmentPlan.Item item = step.item();
        Paragraph task = new Paragraph(item.text());
        task.addClassName("rop-case-task");
        TextArea answer = new TextArea(getTranslation("assessment.case.answer"));
        answer.setValue(item.answer() == null ? "" : item.answer());
        answer.setMaxLength(CaseService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setMinHeight("16rem");
        answer.setHelperText(getTranslation("assessment.case.help", item.minutes()));
        // Saved a second after typing pauses: a long text is not rewritten on every keystroke, and the browser
        // keeps every keystroke until then.
        answer.setValueChangeMode(ValueChangeMode.TIMEOUT);
        answer.setValueChangeTimeout(1000);
        answer.setId("case-answer");
        String draftKey = plan.draftKey() + "-" + item.id();
        int[] pasted = {0};
        String[] base = {item.answer()};
        answer.getElement().addEventListener("paste", e -> pasted[0] += e.getEventData()
                .path("event.clipboardData.getData('text').length").asInt(0))
                .addEventData("event.clipboardData.getData('text').length");
        Span saved = new Span();
        saved.addClassName("rop-muted");
        saved.setId("case-saved");
        Div conflict = new Div();
        Runnable[] save = new Runnable[1];
        save[0] = () -> {
            String text = answer.getValue();
            try {
                assessments.write(token, item.id(), base[0], text, pasted[0], secondsOnPage());
                shownAt = Instant.now();
                pasted[0] = 0;
                base[0] = text;
                BrowserDraft.saved(answer, draftKey, text);
                saved.setText(getTranslation("assessment.saved", Formats.time(Instant.now(), getLocale())));
            } catch (UserFacingException ex) {
                saved.setText(getTranslation(ex.messageKey(), ex.params()));
                if ("assessment.answer.changed".equals(ex.messageKey()) && conflict.getChildren().findAny().isEmpty()) {
                    // The other device's text wins on reload; this one stays here to copy, never silently lost.
                    TextArea yours = new TextArea(getTranslation("assessment.case.yours"));
                    yours.setValue(text);
                    yours.setReadOnly(true);
                    yours.setWidthFull();
                    Button reloadPage = new Button(getTranslation("assessment.case.reload"), click -> go(current));
                    conflict.add(yours, reloadPage);
                }
            }
        };
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save[0].run();
            }
        });
        BrowserDraft.protect(answer, draftKey, text -> save[0].run());
        Button next = new Button(getTranslation("assessment.next"), e -> go(current + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("assessment-next");
        Div card = card(new H1(item.title()), task, answer, saved, conflict, navigation(next));
        card.setId("assessment-case");
        return card;
    }

    private Div navigation(Button forward) {
        Button back = new Button(getTranslation("assessment.back"), e -> go(current - 1));
        back.setId("assessment-back");
        back.setEnabled(current > 0);
        Div nav = new Div(back);
        if (forward != null) {
            nav.add(forward);
        } else {
            Button skip = new Button(getTranslation("assessment.later"), e -> go(current + 1));
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            skip.setId("assessment-skip");
            nav.add(skip);
        }
        nav.addClassName("rop-assess-nav");
        return nav;
    }

    private void review() {
        long missing = plan.items().size() - plan.answered();
        ProgressBar progress = new ProgressBar(0, Math.max(1, plan.items().size()), plan.answered());
        Paragraph summary = new Paragraph(getTranslation("assessment.review.summary", plan.answered(),
                plan.items().size()));
        Div card = card(new H1(getTranslation("assessment.review.title")), progress, summary);
        if (missing > 0) {
            Paragraph gaps = new Paragraph(getTranslation("assessment.review.missing", missing));
            gaps.addClassName("rop-warning-text");
            Button first = new Button(getTranslation("assessment.review.first-missing"), e -> go(firstMissing()));
            first.setId("first-missing");
            card.add(gaps, first);
        }
        Button submit = new Button(getTranslation("assessment.submit"), e -> confirmSubmit(missing));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setId("assessment-submit");
        Button back = new Button(getTranslation("assessment.back"), e -> go(current - 1));
        Div nav = new Div(back, submit);
        nav.addClassName("rop-assess-nav");
        card.add(new Paragraph(getTranslation("assessment.review.final")), nav);
        card.setId("assessment-review");
        page.add(card);
    }

    private int firstMissing() {
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).intro() && !pages.get(i).item().answered()) {
                return i;
            }
        }
        return pages.size();
    }

    private void confirmSubmit(long missing) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("assessment.submit.title"),
                missing > 0 ? getTranslation("assessment.submit.text.missing", missing)
                        : getTranslation("assessment.submit.text"),
                getTranslation("assessment.submit"), e -> act(() -> {
                    load(assessments.submit(token));
                    completed();
                }));
        // Counted again now: the dialog must not promise «nothing missing» over answers given elsewhere.
        act(() -> load(reload()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("assessment.submit.cancel"));
        confirm.open();
    }

    private void completed() {
        BrowserDraft.forgetAll(UI.getCurrent());
        title = getTranslation("assessment.completed.title");
        page.removeAll();
        Div card = card(new H1(title), new Paragraph(getTranslation("assessment.completed.text",
                plan.companyName())));
        card.add(withdrawal());
        card.setId("assessment-completed");
        page.add(card);
        talentPoolOffer();
    }

    /** The optional talent-pool consent, a card of its own under the thanks. */
    private void talentPoolOffer() {
        talentPool.offer(token).ifPresent(offer -> page.add(card(new TalentPoolPanel(talentPool, token,
                AssessmentView::address, offer))));
    }

    /** Where the candidate can still change their mind: the link that withdraws the consent and erases the data. */
    private Component withdrawal() {
        Anchor link = new Anchor(WithdrawalView.path(token), getTranslation("assessment.withdrawal.link"));
        link.setId("withdrawal-link");
        Paragraph note = new Paragraph(getTranslation("assessment.withdrawal.note") + " ");
        note.addClassName("rop-muted");
        note.add(link);
        return note;
    }

    /**
     * Runs a step; a link revoked or a submission made on another device meanwhile shows its page instead.
     *
     * @return whether the step ran, so the caller does not draw over the page shown instead
     */
    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException e) {
            switch (e.messageKey()) {
                case "assessment.completed" -> {
                    assessments.open(token, address()).ifPresentOrElse(this::load, this::invalid);
                    if (plan != null && plan.submitted()) {
                        completed();
                    }
                }
                case "assessment.link.invalid" -> invalid();
                case "assessment.consent.changed" -> {
                    load(reload());
                    consentPage();
                }
                default -> {
                    Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.params()));
                    problem.addClassName("rop-warning-text");
                    page.add(problem);
                }
            }
            return false;
        }
    }

    private int secondsOnPage() {
        return (int) Math.min(Integer.MAX_VALUE, Duration.between(shownAt, Instant.now()).toSeconds());
    }

    private static long minutes(int seconds) {
        return Math.max(1, Math.round(seconds / 60.0));
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("rop-assess-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("assessment.page") : title;
    }
}
