package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSubmittedException;
import ru.rop.portal.assessment.ConsentChangedException;
import ru.rop.portal.assessment.LinkClosedException;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.privacy.TalentPoolService;
import ru.rop.portal.privacy.ui.PrivacyView;
import ru.rop.portal.privacy.ui.TalentPoolPanel;

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
    private AssessmentPages pages;
    private int current;
    private Instant shownAt = Instant.now();
    private String title = "";
    /** Kept from page to page of a section; its progress also changes in place when a block's pick is saved. */
    private final AssessmentHeader header = new AssessmentHeader();
    private @Nullable SituationStep situation;

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
            go(pages.indexOf(plan.currentStep(), 0));
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
        this.pages = new AssessmentPages(loaded);
    }

    private void throttled() {
        notice("assessment.throttled", "assessment-throttled");
    }

    /** A page with a heading and one paragraph instead of the assessment. */
    private void notice(String keyPrefix, String id) {
        title = getTranslation(keyPrefix + ".title");
        page.removeAll();
        Div card = new AssessmentCard(new H1(title), new Paragraph(getTranslation(keyPrefix + ".text")));
        card.setId(id);
        page.add(card);
    }

    private AssessmentPlan reload() {
        return assessments.current(token);
    }

    /**
     * Moves to a page: the step that leads there (an answer, a section's start, or the move alone) remembers the
     * page for resuming and returns the plan to draw it from, answers from another device included, in one
     * transaction; given the plan this page was drawn from, it reads the plan again only when something changed
     * elsewhere. Nothing is drawn when the step did not run (its own page is shown instead).
     */
    private void go(int index, Function<String, AssessmentPlan> step) {
        String key = pages.key(pages.clamp(index));
        if (act(() -> load(step.apply(key)))) {
            show(pages.indexOf(key, index));
        }
    }

    private void go(int index) {
        go(index, key -> assessments.moveTo(token, plan, key));
    }

    private void invalid() {
        notice("assessment.invalid", "assessment-invalid");
    }

    private void welcome() {
        title = getTranslation("assessment.welcome.title", plan.companyName());
        page.removeAll();
        page.add(new WelcomeCard(plan, title, this::consentPage));
    }

    private void consentPage() {
        page.removeAll();
        page.add(new ConsentCard(plan.consent(), version -> act(() -> {
            load(assessments.consent(token, address(), version));
            go(pages.indexOf(plan.currentStep(), 0));
        })));
    }

    /** Draws a page of the plan as loaded (by {@link #go}: answers from another device count in the review). */
    private void show(int index) {
        current = pages.clamp(index);
        shownAt = Instant.now();
        if (current == pages.size()) {
            page.removeAll();
            review();
            return;
        }
        AssessmentPages.Page step = pages.get(current);
        if (header.getParent().isEmpty()) {
            page.addComponentAsFirst(header);
        }
        header.show(getTranslation("assessment.where." + step.section().kind(), step.sectionNumber(),
                plan.sections().size(), step.itemNumber(), step.section().items().size()), step.section(), plan);
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

    private Component intro(AssessmentPages.Page step) {
        AssessmentPlan.Section section = step.section();
        return new SectionIntroCard(section,
                () -> go(current + 1, key -> assessments.startSection(token, section.kind(), key)), this::navigation);
    }

    /** Kept from situation to situation, like the header: a step changes its texts only. */
    private Component situation(AssessmentPages.Page step) {
        if (situation == null) {
            situation = new SituationStep((item, option) -> go(current + 1,
                    key -> assessments.choose(token, plan, item.id(), option.id(), secondsOnPage(), key)),
                    () -> go(current - 1), () -> go(current + 1));
        }
        situation.show(step.item(), current > 0);
        return situation;
    }

    private Component blockItem(AssessmentPages.Page step) {
        AssessmentPlan.Item item = step.item();
        return new BlockStep(item, (most, least) -> act(() -> {
            AssessmentPlan ranked = assessments.rank(token, plan, item.id(), most, least,
                    secondsOnPage());
            shownAt = Instant.now();
            load(ranked);
        }), () -> header.progress(plan), () -> go(current + 1), this::navigation);
    }

    private Component caseItem(AssessmentPages.Page step) {
        AssessmentPlan.Item item = step.item();
        Button next = new Button(getTranslation("assessment.next"), e -> go(current + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("assessment-next");
        return new CaseAnswerStep(item, plan.draftKey() + "-" + item.id(), (base, text, pasted) -> {
            assessments.write(token, item.id(), base, text, pasted, secondsOnPage());
            shownAt = Instant.now();
        }, () -> go(current), navigation(next));
    }

    private StepNavigation navigation(@Nullable Button forward) {
        return StepNavigation.of(forward, current > 0, () -> go(current - 1), () -> go(current + 1));
    }

    private void review() {
        page.add(new ReviewCard(plan, () -> go(pages.firstMissing()), this::confirmSubmit, () -> go(current - 1)));
    }

    private void confirmSubmit() {
        // Counted again now: the dialog must not promise «nothing missing» over answers given elsewhere.
        act(() -> load(reload()));
        new SubmitDialog(plan.items().size() - plan.answered(), () -> act(() -> {
            load(assessments.submit(token));
            completed();
        })).open();
    }

    private void completed() {
        BrowserDraft.forgetAll(UI.getCurrent());
        title = getTranslation("assessment.completed.title");
        page.removeAll();
        page.add(new CompletedCard(title, plan.companyName(), token));
        // The optional talent-pool consent, a card of its own under the thanks.
        talentPool.offer(token).ifPresent(offer -> page.add(new AssessmentCard(new TalentPoolPanel(talentPool, token,
                AssessmentView::address, offer))));
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
        } catch (AssessmentSubmittedException e) {
            assessments.open(token, address()).ifPresentOrElse(this::load, this::invalid);
            if (plan != null && plan.submitted()) {
                completed();
            }
        } catch (LinkClosedException e) {
            invalid();
        } catch (ConsentChangedException e) {
            load(reload());
            consentPage();
        } catch (UserFacingException e) {
            Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.params()));
            problem.addClassName("rop-warning-text");
            page.add(problem);
        }
        return false;
    }

    private int secondsOnPage() {
        return (int) Math.min(Integer.MAX_VALUE, Duration.between(shownAt, Instant.now()).toSeconds());
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("assessment.page") : title;
    }
}
