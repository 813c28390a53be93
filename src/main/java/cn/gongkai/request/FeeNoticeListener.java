package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_AMOUNT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_NOTICE_DELIVERED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 「送达收费通知书」, when the task is completed: the payment period starts, 20 working days from the
 * day after the applicant received the notice.
 */
@Component("feeNoticeListener")
class FeeNoticeListener extends UserTaskListener {

    private final Fees fees;
    private final AgencyTime clock;
    private final TaskForms forms;

    FeeNoticeListener(Fees fees, AgencyTime clock, TaskForms forms) {
        this.fees = fees;
        this.clock = clock;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        Fields form = forms.read(execution);
        LocalDate deliveredOn = form.date(FEE_NOTICE_DELIVERED_ON.name());
        form.validate();
        LocalDate dueOn = fees.noticeDelivered(REQUEST_ID.get(execution), deliveredOn, FEE_AMOUNT.get(execution), completedBy);
        FEE_DUE_ON.set(execution, dueOn.toString());
        FEE_DUE_AT.set(execution, clock.endOfDay(dueOn));
    }
}
