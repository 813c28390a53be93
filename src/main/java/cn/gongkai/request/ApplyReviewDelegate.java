package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.COMPLETE;
import static cn.gongkai.request.DisclosureRequestProcess.DIVISION;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.REVIEW_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_ITEMS;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_WORKING_DAYS;

import cn.gongkai.request.ApplicationReview.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录受理审查结果": 补正, still unclear after 补正, or assigned to a division. */
@Component("applyReviewDelegate")
class ApplyReviewDelegate implements JavaDelegate {

    private final ApplicationReview review;

    ApplyReviewDelegate(ApplicationReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = review.review(REQUEST_ID.get(execution), execution.getVariable(COMPLETE.name()),
                execution.getVariable(SUPPLEMENT_ITEMS.name()), execution.getVariable(SUPPLEMENT_WORKING_DAYS.name()),
                execution.getVariable(DIVISION.name()), LAST_ACTOR.get(execution));
        REVIEW_RESULT.set(execution, decision.result().name());
        COMPLETE.set(execution, decision.result() == ApplicationReview.Result.ASSIGNED);
        Handlers.set(execution, decision.handler(), decision.fixedOutcome());
    }
}
