package cn.gongkai.request.delegate;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.request.Consultations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "提醒征求意见即将到期". */
@Component("remindConsultationDelegate")
class RemindConsultationDelegate implements JavaDelegate {

    private final Consultations consultations;

    RemindConsultationDelegate(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultations.remind(REQUEST_ID.get(execution));
    }
}
