package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.SERVED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_NOTE;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「送达答复书」, when the task is completed: the day of service that counts under 235号 is recorded. */
@Component("deliveryListener")
class DeliveryListener extends UserTaskListener {

    private final Replies replies;

    DeliveryListener(Replies replies) {
        this.replies = replies;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        replies.served(REQUEST_ID.get(execution), execution.getVariable(SERVICE_METHOD.name()),
                execution.getVariable(SERVED_ON.name()), execution.getVariable(SERVICE_NOTE.name()),
                completedBy);
    }
}
