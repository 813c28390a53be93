package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.request.ApplicationReview.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录逾期未补正": the outcome becomes OTHER_SUPPLEMENT_OVERDUE; the office drafts the reply. */
@Component("recordSupplementOverdueDelegate")
class RecordSupplementOverdueDelegate implements JavaDelegate {

    private final ApplicationReview review;

    RecordSupplementOverdueDelegate(ApplicationReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = review.supplementOverdue(REQUEST_ID.get(execution));
        Handlers.set(execution, decision.handler(), decision.fixedOutcome());
    }
}
