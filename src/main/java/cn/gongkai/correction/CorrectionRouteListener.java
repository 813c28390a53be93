package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.HANDLER_GROUP;
import static cn.gongkai.correction.CorrectionProcess.HANDLER_HEAD_GROUP;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "确定承办": whose function the record is; a division's people handle it, or the office replies. */
@Component("correctionRouteListener")
class CorrectionRouteListener extends UserTaskListener {

    private final CorrectionService service;
    private final TaskForms forms;

    CorrectionRouteListener(CorrectionService service, TaskForms forms) {
        this.service = service;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        CorrectionService.Handler handler = service.route(CORRECTION_ID.get(execution),
                CorrectionService.Routing.read(forms.read(execution)));
        HANDLER_GROUP.set(execution, handler.group());
        HANDLER_HEAD_GROUP.set(execution, handler.headGroup());
    }
}
