package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONFIRMATION_NOTE;
import static cn.gongkai.request.DisclosureRequestProcess.CONFIRMED;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录确认结果": today becomes the receipt date of a confirmed online application (Art. 31). */
@Component("applyConfirmationDelegate")
class ApplyConfirmationDelegate implements JavaDelegate {

    private final RequestIntake intake;

    ApplyConfirmationDelegate(RequestIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean confirmed = intake.confirm(REQUEST_ID.get(execution), execution.getVariable(CONFIRMED.name()),
                execution.getVariable(CONFIRMATION_NOTE.name()), LAST_ACTOR.get(execution));
        CONFIRMED.set(execution, confirmed);
    }
}
