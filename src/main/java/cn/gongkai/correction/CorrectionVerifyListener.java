package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "审核证据并更正": whether the evidence holds, and what was corrected or why not. */
@Component("correctionVerifyListener")
class CorrectionVerifyListener extends UserTaskListener {

    private final CorrectionService service;
    private final TaskForms forms;

    CorrectionVerifyListener(CorrectionService service, TaskForms forms) {
        this.service = service;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.verify(CORRECTION_ID.get(execution), CorrectionService.Verification.read(forms.read(execution)));
    }
}
