package ru.rop.portal.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ru.rop.portal.privacy.PrivacyPolicy;
import ru.rop.portal.privacy.PrivacyPolicyText;

/** The privacy policy for candidates: public, without the staff layout, readable on a phone. */
@Route(value = PrivacyView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends Main implements HasDynamicTitle {

    static final String ROUTE = "privacy";

    private final String title;

    public PrivacyView(PrivacyPolicy policy) {
        addClassName("rop-assess");
        PrivacyPolicyText text = policy.current();
        title = text.title();
        Span version = new Span(getTranslation("privacy.version", text.version()));
        version.addClassName("rop-muted");
        Div card = new Div(new H1(title), version);
        card.addClassNames("rop-assess-card", "rop-policy");
        card.setId("privacy-policy");
        for (PrivacyPolicyText.Section section : text.sections()) {
            card.add(new H2(section.heading()));
            for (String paragraph : section.text().split("\\n\\s*\\n")) {
                card.add(paragraph(paragraph.strip()));
            }
        }
        Div page = new Div(card);
        page.addClassName("rop-assess-page");
        add(page);
    }

    /** A paragraph, or a list when it has lines «- item» after an optional lead line. */
    private static Component paragraph(String paragraph) {
        String[] lines = paragraph.split("\\n");
        if (lines.length < 2 || !lines[lines.length - 1].startsWith("- ")) {
            return new Paragraph(paragraph);
        }
        Div block = new Div();
        UnorderedList list = new UnorderedList();
        for (String line : lines) {
            if (line.startsWith("- ")) {
                list.add(new ListItem(line.substring(2).strip()));
            } else {
                block.add(new Paragraph(line.strip()));
            }
        }
        block.add(list);
        return block;
    }

    /** The link to the policy on the candidate's pages; a new tab keeps their place in the assessment. */
    public static Anchor link() {
        Anchor link = new Anchor(ROUTE, "");
        link.setText(link.getTranslation("privacy.link"));
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.addClassName("rop-privacy-link");
        return link;
    }

    /** Below every page of the candidate's: who processes their data and how, one tap away. */
    public static Footer footer() {
        Footer footer = new Footer(link());
        footer.addClassName("rop-assess-footer");
        footer.setId("privacy-footer");
        return footer;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
