package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWER_MAIL_PROBLEM;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "邮件送达答复" (asynchronous, retried while the mail server is unreachable): the answer by e-mail
 * when the asker gave an address; an address that can never be delivered to becomes the
 * disclosure office's task 另行送达答复.
 */
@Component("mailConsultationAnswerDelegate")
class MailConsultationAnswerDelegate implements JavaDelegate {

    private final ConsultationService service;
    private final AnswerMailer mailer;

    MailConsultationAnswerDelegate(ConsultationService service, AnswerMailer mailer) {
        this.service = service;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CONSULTATION_ID.get(execution);
        try {
            mailer.send(service.get(id));
        } catch (AnswerMailer.Undeliverable e) {
            service.mailFailed(id, e.getMessage());
            ANSWER_MAIL_PROBLEM.set(execution, e.getMessage());
            throw new BpmnError(ConsultationProcess.ERROR_UNDELIVERABLE, e.getMessage());
        }
    }
}
