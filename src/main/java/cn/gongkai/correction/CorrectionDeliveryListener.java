package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.SERVED_ON;
import static cn.gongkai.correction.CorrectionProcess.SERVICE_METHOD;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "送达答复书": on which day and how the reply reached the applicant. */
@Component("correctionDeliveryListener")
class CorrectionDeliveryListener extends UserTaskListener {

    private final CorrectionService service;

    CorrectionDeliveryListener(CorrectionService service) {
        this.service = service;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.served(CORRECTION_ID.get(execution), execution.getVariable(SERVED_ON.name()),
                execution.getVariable(SERVICE_METHOD.name()));
    }
}
