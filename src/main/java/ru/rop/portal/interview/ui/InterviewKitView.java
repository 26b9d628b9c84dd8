package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.interview.InterviewQuestion;
import ru.rop.portal.interview.KitForm;
import ru.rop.portal.interview.KitPlan;
import ru.rop.portal.interview.KitService;
import ru.rop.portal.interview.QuestionBank;
import ru.rop.portal.security.Roles;

/**
 * The vacancy's interview kit: the app proposes a plan for 45, 60 or 90 minutes that reaches every competency it
 * can; the owner reorders, swaps, removes and adds questions. Once saved, every change is saved at once.
 */
@Route("vacancy/:vacancyId/interview-kit")
@RolesAllowed(Roles.HR)
public class InterviewKitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KitService kits;
    private final QuestionBank bank;
    private final RopModel model;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Select<Integer> length = new Select<>();
    private final KitSummary summary;
    private final Grid<InterviewQuestion> grid = new Grid<>();
    private final ComboBox<InterviewQuestion> addable = new ComboBox<>();
    private final Button save = new Button();
    private final Div download = new Div();
    private long vacancyId;
    private List<InterviewQuestion> questions = new ArrayList<>();
    private Long version;

    public InterviewKitView(KitService kits, QuestionBank bank, RopModel model) {
        this.kits = kits;
        this.bank = bank;
        this.model = model;
        this.summary = new KitSummary(model);
        addClassName("rop-page");
        setId("interview-kit");
        status.addClassName("rop-muted");
        status.setId("kit-status");
        length.setLabel(getTranslation("kit.length"));
        length.setItems(kits.lengths());
        length.setItemLabelGenerator(minutes -> minutes == null ? "" : getTranslation("kit.minutes", minutes));
        length.setId("kit-length");
        length.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lengthChanged(e.getOldValue(), e.getValue());
            }
        });
        Button propose = new Button(getTranslation("kit.propose"), e -> confirmProposal());
        propose.setId("kit-propose");
        save.setText(getTranslation("kit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("kit-save");
        save.addClickListener(e -> persist());
        HorizontalLayout tools = new HorizontalLayout(length, propose, save, download);
        tools.addClassName("rop-no-print");
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        configureGrid();
        addable.setLabel(getTranslation("kit.add"));
        addable.setItemLabelGenerator(q -> competencyLabel(q) + " · " + q.text());
        addable.setWidth("min(40rem, 100%)");
        addable.setId("kit-addable");
        Button add = new Button(getTranslation("kit.add.button"), e -> {
            if (addable.getValue() != null) {
                change(list -> list.add(addable.getValue()));
            }
        });
        add.setId("kit-add");
        HorizontalLayout addRow = new HorizontalLayout(addable, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWidthFull();
        addRow.addClassName("rop-no-print");
        add(title, status, tools, summary, grid, addRow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vacancyId = event.getRouteParameters().getLong("vacancyId").orElse(-1L);
        KitPlan plan;
        try {
            plan = kits.plan(vacancyId);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        read(plan);
        download.removeAll();
        Anchor pdf = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] bytes = kits.pdf(vacancyId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "interview-kit-" + vacancyId + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("kit.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("kit-pdf");
        download.add(pdf);
    }

    private void read(KitPlan plan) {
        title.setText(getTranslation("kit.title", plan.vacancyTitle()));
        questions = new ArrayList<>(plan.questions());
        version = plan.saved() ? plan.version() : null;
        length.setValue(plan.lengthMinutes());
        status.setText(plan.saved() ? getTranslation("kit.saved-by", Formats.dateTime(plan.updatedAt(), getLocale()),
                plan.updatedBy()) : getTranslation("kit.proposal"));
        save.setVisible(!plan.saved());
        refresh();
    }

    private void configureGrid() {
        grid.setId("kit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(q -> questions.indexOf(q) + 1).setHeader("№").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(this::competencyLabel).setHeader(getTranslation("kit.competency")).setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(InterviewQuestion::text).setHeader(getTranslation("kit.question")).setFlexGrow(1);
        grid.addColumn(q -> getTranslation("kit.minutes", q.minutes())).setHeader(getTranslation("kit.time"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("12rem").setFlexGrow(0);
    }

    private HorizontalLayout actions(InterviewQuestion question) {
        int index = questions.indexOf(question);
        Button up = icon(VaadinIcon.ARROW_UP, "kit.up", () -> change(list -> swap(list, index, index - 1)));
        up.setEnabled(index > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, "kit.down", () -> change(list -> swap(list, index, index + 1)));
        down.setEnabled(index < questions.size() - 1);
        Button replace = icon(VaadinIcon.EXCHANGE, "kit.swap", () -> chooseReplacement(question));
        Button remove = icon(VaadinIcon.TRASH, "kit.remove", () -> change(list -> list.remove(question)));
        remove.setId("kit-remove-" + question.id());
        replace.setId("kit-swap-" + question.id());
        up.setId("kit-up-" + question.id());
        HorizontalLayout actions = new HorizontalLayout(up, down, replace, remove);
        actions.setSpacing(false);
        actions.addClassName("rop-no-print");
        return actions;
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private static void swap(List<InterviewQuestion> list, int i, int j) {
        InterviewQuestion a = list.get(i);
        list.set(i, list.get(j));
        list.set(j, a);
    }

    private void chooseReplacement(InterviewQuestion question) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("kit.swap.title", competencyLabel(question)));
        dialog.setWidth("min(48rem, 95vw)");
        List<InterviewQuestion> alternatives = bank.questions().stream()
                .filter(q -> q.competency().equals(question.competency()) && !questions.contains(q)).toList();
        if (alternatives.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("kit.swap.none")));
        }
        for (InterviewQuestion alternative : alternatives) {
            Button pick = new Button(getTranslation("kit.swap.pick"), e -> {
                dialog.close();
                change(list -> list.set(list.indexOf(question), alternative));
            });
            pick.setId("kit-pick-" + alternative.id());
            Div row = new Div(new Paragraph(alternative.text()), new Span(getTranslation("kit.minutes",
                    alternative.minutes())), pick);
            row.addClassName("rop-swap-option");
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmProposal() {
        Integer minutes = length.getValue();
        if (minutes == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("kit.propose.title"),
                getTranslation("kit.propose.text", minutes), getTranslation("kit.propose.confirm"), e -> {
                    KitPlan proposal = kits.propose(vacancyId, minutes);
                    questions = new ArrayList<>(proposal.questions());
                    persistOrRefresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    /**
     * An untouched proposal follows the new length at once; a plan someone edited keeps its questions, shows how far
     * over it runs and offers a new proposal, so the sum on screen always belongs to the chosen length.
     */
    private void lengthChanged(Integer before, Integer minutes) {
        if (minutes == null) {
            return;
        }
        if (before != null && questions.equals(kits.propose(vacancyId, before).questions())) {
            questions = new ArrayList<>(kits.propose(vacancyId, minutes).questions());
            persistOrRefresh();
            return;
        }
        persistOrRefresh();
        if (kits.coverage(questions).plannedMinutes() > minutes) {
            confirmProposal();
        }
    }

    private void change(Consumer<List<InterviewQuestion>> edit) {
        List<InterviewQuestion> edited = new ArrayList<>(questions);
        edit.accept(edited);
        if (edited.isEmpty()) {
            Notifications.refused(this, new UserFacingException("kit.empty"));
            return;
        }
        questions = edited;
        persistOrRefresh();
    }

    /** A saved kit saves each change at once; the proposal waits for the explicit save. */
    private void persistOrRefresh() {
        if (version != null) {
            persist();
        } else {
            refresh();
        }
    }

    private void persist() {
        try {
            read(kits.save(vacancyId, new KitForm(length.getValue(),
                    questions.stream().map(InterviewQuestion::id).toList(), version)));
        } catch (StaleEditException e) {
            Notifications.refused(this, e);
            // Show the colleague's kit, so the next edit starts from what is saved.
            read(kits.plan(vacancyId));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private void refresh() {
        grid.setItems(questions);
        addable.setItems(bank.questions().stream().filter(q -> !questions.contains(q)).toList());
        addable.clear();
        summary.show(questions.size(), kits.coverage(questions), length.getValue());
    }

    private String competencyLabel(InterviewQuestion question) {
        return model.competency(question.competency()).map(c -> c.label()).orElse(question.competency());
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("kit.page") : title.getText();
    }
}
