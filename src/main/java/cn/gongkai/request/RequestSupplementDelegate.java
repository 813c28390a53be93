package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_ITEMS;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_WORKING_DAYS;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "发出补正告知": the one-time notice, its letter and the applicant's period. */
@Component("requestSupplementDelegate")
class RequestSupplementDelegate implements JavaDelegate {

    private final ApplicationReview review;
    private final AgencyTime clock;

    RequestSupplementDelegate(ApplicationReview review, AgencyTime clock) {
        this.review = review;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate dueOn = review.requestSupplement(REQUEST_ID.get(execution), SUPPLEMENT_ITEMS.get(execution),
                SUPPLEMENT_WORKING_DAYS.get(execution), LAST_ACTOR.get(execution));
        SUPPLEMENT_DUE_ON.set(execution, dueOn.toString());
        SUPPLEMENT_DUE_AT.set(execution, clock.endOfDay(dueOn));
    }
}
