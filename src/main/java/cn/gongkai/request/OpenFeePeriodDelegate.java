package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_AMOUNT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_NOTICE_DELIVERED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "开始缴费期限": 20 working days from the day after the applicant received the notice. */
@Component("openFeePeriodDelegate")
class OpenFeePeriodDelegate implements JavaDelegate {

    private final Fees fees;
    private final AgencyTime clock;

    OpenFeePeriodDelegate(Fees fees, AgencyTime clock) {
        this.fees = fees;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate dueOn = fees.noticeDelivered(REQUEST_ID.get(execution), execution.getVariable(FEE_NOTICE_DELIVERED_ON.name()),
                FEE_AMOUNT.get(execution), LAST_ACTOR.get(execution));
        FEE_DUE_ON.set(execution, dueOn.toString());
        FEE_DUE_AT.set(execution, clock.endOfDay(dueOn));
    }
}
