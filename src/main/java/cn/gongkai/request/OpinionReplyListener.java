package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「记录对方意见」, when the task is completed: the consultation ends; the reply clock runs again. */
@Component("opinionReplyListener")
class OpinionReplyListener extends UserTaskListener {

    private final OpinionRequests opinions;
    private final TaskForms forms;

    OpinionReplyListener(OpinionRequests opinions, TaskForms forms) {
        this.opinions = opinions;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        opinions.close(REQUEST_ID.get(execution), OpinionRequests.Reply.read(forms.read(execution)), completedBy);
    }
}
