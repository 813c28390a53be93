package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWERED_BY;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "答复咨询": notes who answered; when it ends, checks and keeps the draft answer. */
@Component("consultationAnswerListener")
class ConsultationAnswerListener extends UserTaskListener {

    private final ConsultationService service;
    private final TaskForms forms;

    ConsultationAnswerListener(ConsultationService service, TaskForms forms) {
        this.service = service;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.draftAnswer(CONSULTATION_ID.get(execution), ConsultationService.Answer.read(forms.read(execution)));
        ANSWERED_BY.set(execution, completedBy);
    }
}
