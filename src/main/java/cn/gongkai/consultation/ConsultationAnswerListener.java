package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.ANSWERED_BY;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;
import static cn.gongkai.consultation.ConsultationProcess.PUBLISH_AS_QA;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "答复咨询": notes who answered; when it ends, checks and keeps the draft answer. */
@Component("consultationAnswerListener")
class ConsultationAnswerListener extends UserTaskListener {

    private final ConsultationService service;

    ConsultationAnswerListener(ConsultationService service) {
        this.service = service;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.draftAnswer(CONSULTATION_ID.get(execution), execution.getVariable(ANSWER.name()),
                execution.getVariable(PUBLISH_AS_QA.name()));
        ANSWERED_BY.set(execution, completedBy);
    }
}
