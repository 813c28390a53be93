package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.FINDINGS;
import static cn.gongkai.correction.CorrectionProcess.VERIFIED;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "审核证据并更正": whether the evidence holds, and what was corrected or why not. */
@Component("correctionVerifyListener")
class CorrectionVerifyListener extends UserTaskListener {

    private final CorrectionService service;

    CorrectionVerifyListener(CorrectionService service) {
        this.service = service;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        service.verify(CORRECTION_ID.get(execution), execution.getVariable(VERIFIED.name()),
                execution.getVariable(FINDINGS.name()));
    }
}
