package ru.rop.portal.storage.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.rop.portal.ViewTest;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.Roles;

/**
 * A nearly full data disk (here: a threshold above any real disk's free space) is a warning on health, still
 * HTTP 200 so traffic keeps coming, and a banner on the owners' start page.
 */
@TestPropertySource(properties = "rop.storage.warn-free-mb=1000000000")
class DiskSpaceWarningTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthWarnsButStaysUpForTraffic() throws Exception {
        MvcResult anyone = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(anyone.getResponse().getStatus()).isEqualTo(200);
        assertThat(anyone.getResponse().getContentAsString()).endsWith("\"status\":\"WARNING\"}")
                .doesNotContain("\"storage\"");
        // Which part warns is for owners only.
        MvcResult owner = mvc.perform(get("/actuator/health").with(user("owner@test.local")
                .roles(Roles.OWNER, Roles.HR))).andReturn();
        assertThat(owner.getResponse().getStatus()).isEqualTo(200);
        assertThat(owner.getResponse().getContentAsString()).containsPattern(
                "\"storage\":\\{\"details\":\\{[^}]*\\}[^}]*\"status\":\"WARNING\"");
    }

    @Test
    void ownersSeeTheWarningOnTheStartPage() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        navigate("", Component.class);
        Div banner = find(Div.class).id("disk-space-warning");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(banner.getElement().getTextRecursively()).contains("заканчивается место", "мегабайт");
    }

    @Test
    void othersDoNot() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate("", Component.class);
        assertThat(find(Div.class).withId("disk-space-warning").exists()).isFalse();
    }
}
