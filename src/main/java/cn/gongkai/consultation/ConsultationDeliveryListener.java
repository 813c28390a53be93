package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;
import static cn.gongkai.consultation.ConsultationProcess.DELIVERED_OTHERWISE;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "另行送达答复": notes how the office delivered the answer. */
@Component("consultationDeliveryListener")
class ConsultationDeliveryListener extends UserTaskListener {

    private final ConsultationService service;

    ConsultationDeliveryListener(ConsultationService service) {
        this.service = service;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.deliveredOtherwise(CONSULTATION_ID.get(execution), execution.getVariable(DELIVERED_OTHERWISE.name()),
                completedBy);
    }
}
