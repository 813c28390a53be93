package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_CONTENT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_RECEIVED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录补正材料": a supplement received on paper; the reply period restarts from its receipt. */
@Component("recordSupplementDelegate")
class RecordSupplementDelegate implements JavaDelegate {

    private final ApplicationReview review;

    RecordSupplementDelegate(ApplicationReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.recordSupplement(REQUEST_ID.get(execution), execution.getVariable(SUPPLEMENT_RECEIVED_ON.name()),
                execution.getVariable(SUPPLEMENT_CONTENT.name()), LAST_ACTOR.get(execution));
    }
}
