package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录逾期未缴费": the outcome becomes OTHER_FEE_UNPAID. */
@Component("recordFeeUnpaidDelegate")
class RecordFeeUnpaidDelegate implements JavaDelegate {

    private final Fees fees;

    RecordFeeUnpaidDelegate(Fees fees) {
        this.fees = fees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        fees.unpaid(REQUEST_ID.get(execution));
        Handlers.set(execution, null, Outcome.OTHER_FEE_UNPAID);
    }
}
