package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.SERVED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录送达": the day of service that counts under 235号. */
@Component("recordDeliveryDelegate")
class RecordDeliveryDelegate implements JavaDelegate {

    private final Replies replies;

    RecordDeliveryDelegate(Replies replies) {
        this.replies = replies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        replies.served(REQUEST_ID.get(execution), execution.getVariable(SERVICE_METHOD.name()),
                execution.getVariable(SERVED_ON.name()), execution.getVariable(SERVICE_NOTE.name()),
                LAST_ACTOR.get(execution));
    }
}
