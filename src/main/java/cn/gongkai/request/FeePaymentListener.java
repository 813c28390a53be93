package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「等待缴费」, when the task is completed: the payment is recorded and the reply clock runs again. */
@Component("feePaymentListener")
class FeePaymentListener extends UserTaskListener {

    private final Fees fees;
    private final TaskForms forms;

    FeePaymentListener(Fees fees, TaskForms forms) {
        this.fees = fees;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        fees.paid(REQUEST_ID.get(execution), Fees.Payment.read(forms.read(execution)), completedBy);
    }
}
