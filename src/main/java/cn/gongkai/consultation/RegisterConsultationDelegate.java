package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.REGISTRAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记咨询": a letter, call or visit registered by staff through the start form. */
@Component("registerConsultationDelegate")
class RegisterConsultationDelegate implements JavaDelegate {

    private final ConsultationService service;

    RegisterConsultationDelegate(ConsultationService service) {
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
