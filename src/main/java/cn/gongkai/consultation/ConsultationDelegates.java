package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.ANSWERED_BY;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_BY;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_HEAD_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;
import static cn.gongkai.consultation.ConsultationProcess.PUBLISH_AS_QA;
import static cn.gongkai.consultation.ConsultationProcess.REGISTRAR;

import cn.gongkai.review.UserTaskListener;
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

    /** "发送答复" (asynchronous, retried): the answer goes to the tracking page and by e-mail. */
    @Component("sendConsultationAnswerDelegate")
    static class Send implements JavaDelegate {

        private final ConsultationService service;
        private final AnswerMailer mailer;

        Send(ConsultationService service, AnswerMailer mailer) {
            this.service = service;
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Consultation c = service.answered(CONSULTATION_ID.get(execution), ANSWERED_BY.get(execution));
            mailer.send(c);
        }
    }
}
