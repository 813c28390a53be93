package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_KIND;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "记录逾期未答复": a third party's silence leaves the decision to the agency (Art. 32), a
 * co-producing agency's silence counts as consent (Art. 34).
 */
@Component("closeOpinionRequestUnansweredDelegate")
class CloseOpinionRequestUnansweredDelegate implements JavaDelegate {

    private final OpinionRequests opinions;

    CloseOpinionRequestUnansweredDelegate(OpinionRequests opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpinionResult result = opinions.closeUnanswered(REQUEST_ID.get(execution),
                OpinionParty.valueOf(CONSULTATION_KIND.get(execution)), LocalDate.parse(CONSULTATION_DUE_ON.get(execution)));
        CONSULTATION_RESULT.set(execution, result.name());
    }
}
