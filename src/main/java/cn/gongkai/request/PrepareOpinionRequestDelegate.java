package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_KIND;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_MATTERS;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_PARTY;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "制作征求意见书". */
@Component("prepareOpinionRequestDelegate")
class PrepareOpinionRequestDelegate implements JavaDelegate {

    private final OpinionRequests opinions;

    PrepareOpinionRequestDelegate(OpinionRequests opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opinions.prepare(REQUEST_ID.get(execution), OpinionParty.valueOf(CONSULTATION_KIND.get(execution)),
                CONSULTATION_PARTY.get(execution), CONSULTATION_MATTERS.get(execution), LAST_ACTOR.get(execution));
    }
}
