package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before the assessment is handed in, saying how many items are still unanswered. */
class SubmitDialog extends ConfirmDialog {

    SubmitDialog(long missing, Runnable submit) {
        setHeader(getTranslation("assessment.submit.title"));
        setText(missing > 0 ? getTranslation("assessment.submit.text.missing", missing)
                : getTranslation("assessment.submit.text"));
        setConfirmText(getTranslation("assessment.submit"));
        addConfirmListener(e -> submit.run());
        setCancelable(true);
        setCancelText(getTranslation("assessment.submit.cancel"));
    }
}
