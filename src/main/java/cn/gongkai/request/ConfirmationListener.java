package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONFIRMED;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 「确认收到网上申请」, when the task is completed: the outcome is recorded; today becomes the receipt
 * date of a confirmed online application (Art. 31).
 */
@Component("confirmationListener")
class ConfirmationListener extends UserTaskListener {

    private final RequestIntake intake;
    private final TaskForms forms;

    ConfirmationListener(RequestIntake intake, TaskForms forms) {
        this.intake = intake;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        boolean confirmed = intake.confirm(REQUEST_ID.get(execution),
                RequestIntake.Confirmation.read(forms.read(execution)), completedBy);
        CONFIRMED.set(execution, confirmed);
    }
}
