package cn.gongkai.legal;

import static cn.gongkai.legal.LegalCaseProcess.CASE_ID;
import static cn.gongkai.legal.LegalCaseProcess.CASE_SUMMARY;
import static cn.gongkai.legal.LegalCaseProcess.REGISTRAR;
import static cn.gongkai.legal.LegalCaseProcess.TRACKING_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记案件": checks the register form and records the case against its application. */
@Component("registerCaseDelegate")
class RegisterCaseDelegate implements JavaDelegate {

    private final LegalCases cases;

    RegisterCaseDelegate(LegalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LegalCase c = cases.register(execution.getVariables(), execution.getProcessInstanceId(), REGISTRAR.get(execution));
        CASE_ID.set(execution, c.id());
        TRACKING_CODE.set(execution, c.trackingCode());
        execution.setProcessBusinessKey("case/" + c.trackingCode() + "/" + c.id());
        CASE_SUMMARY.set(execution, "**" + c.kind().label() + "** " + (c.caseNumber() == null ? "" : c.caseNumber() + " ")
                + "· " + c.body() + " · " + c.filedOn() + " 申请复议或起诉\n\n涉及申请 [" + c.trackingCode()
                + "](/staff/requests/" + c.trackingCode() + ")" + (c.note() == null ? "" : "\n\n" + c.note()));
    }
}
