package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.DUE_AT;
import static cn.gongkai.correction.CorrectionProcess.REGISTRAR;
import static cn.gongkai.correction.CorrectionProcess.SUMMARY;
import static cn.gongkai.correction.CorrectionProcess.TRACKING_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记": the request registered through the start form gets its code, its deadline and its summary. */
@Component("registerCorrectionDelegate")
class RegisterCorrectionDelegate implements JavaDelegate {

    private final CorrectionService service;

    RegisterCorrectionDelegate(CorrectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Correction c = service.register(execution.getVariables(), REGISTRAR.get(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(c.trackingCode());
        CORRECTION_ID.set(execution, c.id());
        TRACKING_CODE.set(execution, c.trackingCode());
        SUMMARY.set(execution, service.summary(c));
        DUE_AT.set(execution, service.dueAt(c));
    }
}
