package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「送达答复书」, when the task is completed: the day of service that counts under 235号 is recorded. */
@Component("deliveryListener")
class DeliveryListener extends UserTaskListener {

    private final Replies replies;
    private final TaskForms forms;

    DeliveryListener(Replies replies, TaskForms forms) {
        this.replies = replies;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        replies.served(REQUEST_ID.get(execution), Replies.Service.read(forms.read(execution)), completedBy);
    }
}
