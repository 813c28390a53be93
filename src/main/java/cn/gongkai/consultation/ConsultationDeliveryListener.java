package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;
import static cn.gongkai.consultation.ConsultationProcess.DELIVERED_OTHERWISE;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import cn.gongkai.system.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "另行送达答复": notes how the office delivered the answer. */
@Component("consultationDeliveryListener")
class ConsultationDeliveryListener extends UserTaskListener {

    private final ConsultationService service;
    private final TaskForms forms;

    ConsultationDeliveryListener(ConsultationService service, TaskForms forms) {
        this.service = service;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        Fields form = forms.read(execution);
        String how = form.text(DELIVERED_OTHERWISE.name());
        form.validate();
        service.deliveredOtherwise(CONSULTATION_ID.get(execution), how, completedBy);
    }
}
