package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_CONTENT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_RECEIVED_ON;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「等待补正」, when the task is completed: a supplement received on paper is recorded; the reply period restarts from its receipt. */
@Component("supplementListener")
class SupplementListener extends UserTaskListener {

    private final ApplicationReview review;

    SupplementListener(ApplicationReview review) {
        this.review = review;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        review.recordSupplement(REQUEST_ID.get(execution), execution.getVariable(SUPPLEMENT_RECEIVED_ON.name()),
                execution.getVariable(SUPPLEMENT_CONTENT.name()), completedBy);
    }
}
