package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REGISTRAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记申请": stores an application registered by staff, with its channel's receipt date. */
@Component("registerApplicationDelegate")
class RegisterApplicationDelegate implements JavaDelegate {

    private final RequestIntake intake;

    RegisterApplicationDelegate(RequestIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisclosureRequest r = intake.register(execution.getVariables(), REGISTRAR.get(execution),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey(r.trackingCode());
    }
}
