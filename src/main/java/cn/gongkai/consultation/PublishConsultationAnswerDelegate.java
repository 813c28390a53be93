package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWERED_BY;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "公布答复" (asynchronous, retried): the answer is on the tracking page (and among the Q&A if chosen). */
@Component("publishConsultationAnswerDelegate")
class PublishConsultationAnswerDelegate implements JavaDelegate {

    private final ConsultationService service;

    PublishConsultationAnswerDelegate(ConsultationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.answered(CONSULTATION_ID.get(execution), ANSWERED_BY.get(execution));
    }
}
