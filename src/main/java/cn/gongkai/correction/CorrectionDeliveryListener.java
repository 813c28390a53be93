package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "送达答复书": on which day and how the reply reached the applicant. */
@Component("correctionDeliveryListener")
class CorrectionDeliveryListener extends UserTaskListener {

    private final CorrectionService service;
    private final TaskForms forms;

    CorrectionDeliveryListener(CorrectionService service, TaskForms forms) {
        this.service = service;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.served(CORRECTION_ID.get(execution), CorrectionService.Service.read(forms.read(execution)));
    }
}
