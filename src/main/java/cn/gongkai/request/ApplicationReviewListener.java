package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.COMPLETE;
import static cn.gongkai.request.DisclosureRequestProcess.DIVISION;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.REVIEW_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_ITEMS;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_WORKING_DAYS;

import cn.gongkai.request.ApplicationReview.Decision;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「受理审查」, when the task is completed: 补正, still unclear after 补正, or assigned to a division. */
@Component("applicationReviewListener")
class ApplicationReviewListener extends UserTaskListener {

    private final ApplicationReview review;

    ApplicationReviewListener(ApplicationReview review) {
        this.review = review;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        Decision decision = review.review(REQUEST_ID.get(execution), execution.getVariable(COMPLETE.name()),
                execution.getVariable(SUPPLEMENT_ITEMS.name()), execution.getVariable(SUPPLEMENT_WORKING_DAYS.name()),
                execution.getVariable(DIVISION.name()), completedBy);
        REVIEW_RESULT.set(execution, decision.result().name());
        COMPLETE.set(execution, decision.result() == ApplicationReview.Result.ASSIGNED);
        Handlers.set(execution, decision.handler(), decision.fixedOutcome());
    }
}
