package ru.rop.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import ru.rop.portal.common.UserFacingException;

/** Puts a service's refusal at the form field it names, so the person sees what to correct where they typed it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** @return false when the refusal concerns no field of the form and needs showing elsewhere */
    public static boolean show(Component form, Map<String, ? extends HasValidation> fields, UserFacingException e) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(form.getTranslation(e.messageKey(), e.params()));
        field.setInvalid(true);
        return true;
    }
}
