package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.COMPLETE;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.REVIEW_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_ITEMS;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_WORKING_DAYS;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import cn.gongkai.request.ApplicationReview.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「受理审查」, when the task is completed: 补正, still unclear after 补正, or assigned to a division. */
@Component("applicationReviewListener")
class ApplicationReviewListener extends UserTaskListener {

    private final ApplicationReview review;
    private final TaskForms forms;

    ApplicationReviewListener(ApplicationReview review, TaskForms forms) {
        this.review = review;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        ApplicationReview.Review submitted = ApplicationReview.Review.read(forms.read(execution));
        Decision decision = review.review(REQUEST_ID.get(execution), submitted, completedBy);
        if (decision.result() == ApplicationReview.Result.SUPPLEMENT) {
            SUPPLEMENT_ITEMS.set(execution, submitted.supplementItems());
            SUPPLEMENT_WORKING_DAYS.set(execution, decision.supplementWorkingDays());
        }
        REVIEW_RESULT.set(execution, decision.result().name());
        COMPLETE.set(execution, decision.result() == ApplicationReview.Result.ASSIGNED);
        Handlers.set(execution, decision.handler(), decision.fixedOutcome());
    }
}
