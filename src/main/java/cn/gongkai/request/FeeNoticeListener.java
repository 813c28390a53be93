package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_AMOUNT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_NOTICE_DELIVERED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「送达收费通知书」, when the task is completed: the payment period starts: 20 working days from the day after the applicant received the notice. */
@Component("feeNoticeListener")
class FeeNoticeListener extends UserTaskListener {

    private final Fees fees;
    private final AgencyTime clock;

    FeeNoticeListener(Fees fees, AgencyTime clock) {
        this.fees = fees;
        this.clock = clock;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        LocalDate dueOn = fees.noticeDelivered(REQUEST_ID.get(execution), execution.getVariable(FEE_NOTICE_DELIVERED_ON.name()),
                FEE_AMOUNT.get(execution), completedBy);
        FEE_DUE_ON.set(execution, dueOn.toString());
        FEE_DUE_AT.set(execution, clock.endOfDay(dueOn));
    }
}
