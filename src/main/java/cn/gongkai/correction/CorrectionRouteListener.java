package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.COMPETENT_AGENCY;
import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.DIVISION;
import static cn.gongkai.correction.CorrectionProcess.HANDLER_GROUP;
import static cn.gongkai.correction.CorrectionProcess.HANDLER_HEAD_GROUP;
import static cn.gongkai.correction.CorrectionProcess.ROUTE;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "确定承办": whose function the record is; a division's people handle it, or the office replies. */
@Component("correctionRouteListener")
class CorrectionRouteListener extends UserTaskListener {

    private final CorrectionService service;

    CorrectionRouteListener(CorrectionService service) {
        this.service = service;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        CorrectionService.Handler handler = service.route(CORRECTION_ID.get(execution), execution.getVariable(ROUTE.name()),
                execution.getVariable(DIVISION.name()), execution.getVariable(COMPETENT_AGENCY.name()));
        HANDLER_GROUP.set(execution, handler.group());
        HANDLER_HEAD_GROUP.set(execution, handler.headGroup());
    }
}
