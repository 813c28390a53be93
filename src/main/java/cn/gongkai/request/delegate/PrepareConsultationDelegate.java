package cn.gongkai.request.delegate;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_KIND;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_MATTERS;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_PARTY;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.request.ConsultationKind;
import cn.gongkai.request.Consultations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "制作征求意见书". */
@Component("prepareConsultationDelegate")
class PrepareConsultationDelegate implements JavaDelegate {

    private final Consultations consultations;

    PrepareConsultationDelegate(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultations.prepare(REQUEST_ID.get(execution), ConsultationKind.valueOf(CONSULTATION_KIND.get(execution)),
                CONSULTATION_PARTY.get(execution), CONSULTATION_MATTERS.get(execution), LAST_ACTOR.get(execution));
    }
}
