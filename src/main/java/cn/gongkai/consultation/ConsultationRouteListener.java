package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.ANSWER_BY;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.ANSWER_HEAD_GROUP;
import static cn.gongkai.consultation.ConsultationProcess.CONSULTATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** "分办咨询" ends: the chosen answerer and its reviewer become the next tasks' groups. */
@Component("consultationRouteListener")
class ConsultationRouteListener implements ExecutionListener {

    private final ConsultationService service;

    ConsultationRouteListener(ConsultationService service) {
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
