package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_PAID_ON;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_RECEIPT_NUMBER;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录缴费". */
@Component("recordFeePaidDelegate")
class RecordFeePaidDelegate implements JavaDelegate {

    private final Fees fees;

    RecordFeePaidDelegate(Fees fees) {
        this.fees = fees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        fees.paid(REQUEST_ID.get(execution), execution.getVariable(FEE_PAID_ON.name()),
                execution.getVariable(FEE_RECEIPT_NUMBER.name()), LAST_ACTOR.get(execution));
    }
}
