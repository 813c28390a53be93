package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "提醒征求意见即将到期". */
@Component("remindOpinionPartyDelegate")
class RemindOpinionPartyDelegate implements JavaDelegate {

    private final OpinionRequests opinions;

    RemindOpinionPartyDelegate(OpinionRequests opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opinions.remind(REQUEST_ID.get(execution));
    }
}
