package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_PAID_ON;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_RECEIPT_NUMBER;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「等待缴费」, when the task is completed: the payment is recorded and the reply clock runs again. */
@Component("feePaymentListener")
class FeePaymentListener extends UserTaskListener {

    private final Fees fees;

    FeePaymentListener(Fees fees) {
        this.fees = fees;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        fees.paid(REQUEST_ID.get(execution), execution.getVariable(FEE_PAID_ON.name()),
                execution.getVariable(FEE_RECEIPT_NUMBER.name()), completedBy);
    }
}
