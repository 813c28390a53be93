package cn.gongkai.request.delegate;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_OPINION;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_REPLIED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_RESULT;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.request.Consultations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "记录对方意见": the consultation ends; the reply clock runs again. */
@Component("closeConsultationDelegate")
class CloseConsultationDelegate implements JavaDelegate {

    private final Consultations consultations;

    CloseConsultationDelegate(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultations.close(REQUEST_ID.get(execution), execution.getVariable(CONSULTATION_RESULT.name()),
                execution.getVariable(CONSULTATION_OPINION.name()), execution.getVariable(CONSULTATION_REPLIED_ON.name()),
                LAST_ACTOR.get(execution));
    }
}
