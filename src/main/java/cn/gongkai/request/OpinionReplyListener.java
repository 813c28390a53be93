package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_OPINION;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_REPLIED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「记录对方意见」, when the task is completed: the consultation ends; the reply clock runs again. */
@Component("opinionReplyListener")
class OpinionReplyListener extends UserTaskListener {

    private final OpinionRequests opinions;

    OpinionReplyListener(OpinionRequests opinions) {
        this.opinions = opinions;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        opinions.close(REQUEST_ID.get(execution), execution.getVariable(CONSULTATION_RESULT.name()),
                execution.getVariable(CONSULTATION_OPINION.name()), execution.getVariable(CONSULTATION_REPLIED_ON.name()),
                completedBy);
    }
}
