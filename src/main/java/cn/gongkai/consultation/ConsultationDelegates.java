package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.ANSWERED_BY;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_BY;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_HEAD_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_MAIL_PROBLEM;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;
import static cn.gongkai.consultation.ConsultationProcess.DELIVERED_OTHERWISE;
import static cn.gongkai.consultation.ConsultationProcess.PUBLISH_AS_QA;
import static cn.gongkai.consultation.ConsultationProcess.REGISTRAR;

import cn.gongkai.review.UserTaskListener;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The small adapters between consultation.bpmn and {@link ConsultationService}. */
final class ConsultationDelegates {

    private ConsultationDelegates() {
    }

    /** "登记咨询": a letter, call or visit registered by staff through the start form. */
    @Component("registerConsultationDelegate")
    static class Register implements JavaDelegate {

        private final ConsultationService service;

        Register(ConsultationService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Consultation c = service.register(execution.getVariables(), REGISTRAR.get(execution),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(c.trackingCode());
            execution.setVariables(service.variables(c));
        }
    }

    /** "分办咨询" ends: the chosen answerer and its reviewer become the next tasks' groups. */
    @Component("consultationRouteListener")
    static class Route implements ExecutionListener {

        private final ConsultationService service;

        Route(ConsultationService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateExecution execution) {
            if (execution.isCanceled()) {
                return;
            }
            ConsultationService.Route route = service.route(CONSULTATION_ID.get(execution), ANSWER_BY.get(execution));
            ANSWER_GROUP.set(execution, route.answerGroup());
            ANSWER_HEAD_GROUP.set(execution, route.reviewGroup());
        }
    }

    /** "答复咨询": notes who answered; when it ends, checks and keeps the draft answer. */
    @Component("consultationAnswerListener")
    static class Answer extends UserTaskListener {

        private final ConsultationService service;

        Answer(ConsultationService service) {
            this.service = service;
        }

        @Override
        protected void ended(DelegateExecution execution, String completedBy) {
            service.draftAnswer(CONSULTATION_ID.get(execution), execution.getVariable(ANSWER.name()),
                    execution.getVariable(PUBLISH_AS_QA.name()));
            ANSWERED_BY.set(execution, completedBy);
        }
    }

    /** "公布答复" (asynchronous, retried): the answer is on the tracking page (and among the Q&A if chosen). */
    @Component("publishConsultationAnswerDelegate")
    static class Publish implements JavaDelegate {

        private final ConsultationService service;

        Publish(ConsultationService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.answered(CONSULTATION_ID.get(execution), ANSWERED_BY.get(execution));
        }
    }

    /**
     * "邮件送达答复" (asynchronous, retried while the mail server is unreachable): the answer by e-mail
     * when the asker gave an address; an address that can never be delivered to becomes the
     * disclosure office's task 另行送达答复.
     */
    @Component("mailConsultationAnswerDelegate")
    static class Mail implements JavaDelegate {

        private final ConsultationService service;
        private final AnswerMailer mailer;

        Mail(ConsultationService service, AnswerMailer mailer) {
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

    /** "另行送达答复": notes how the office delivered the answer. */
    @Component("consultationDeliveryListener")
    static class DeliveredOtherwise extends UserTaskListener {

        private final ConsultationService service;

        DeliveredOtherwise(ConsultationService service) {
            this.service = service;
        }

        @Override
        protected void ended(DelegateExecution execution, String completedBy) {
            service.deliveredOtherwise(CONSULTATION_ID.get(execution), execution.getVariable(DELIVERED_OTHERWISE.name()),
                    completedBy);
        }
    }
}
