package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_OPINION;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_REPLIED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录对方意见": the consultation ends; the reply clock runs again. */
@Component("recordOpinionDelegate")
class RecordOpinionDelegate implements JavaDelegate {

    private final OpinionRequests opinions;

    RecordOpinionDelegate(OpinionRequests opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opinions.close(REQUEST_ID.get(execution), execution.getVariable(CONSULTATION_RESULT.name()),
                execution.getVariable(CONSULTATION_OPINION.name()), execution.getVariable(CONSULTATION_REPLIED_ON.name()),
                LAST_ACTOR.get(execution));
    }
}
