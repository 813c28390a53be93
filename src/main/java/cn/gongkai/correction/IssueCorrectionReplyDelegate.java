package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.CORRECTION_ID;
import static cn.gongkai.correction.CorrectionProcess.SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "出具答复书": the 更正申请答复书, kept with the request. */
@Component("issueCorrectionReplyDelegate")
class IssueCorrectionReplyDelegate implements JavaDelegate {

    private final CorrectionService service;

    IssueCorrectionReplyDelegate(CorrectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CORRECTION_ID.get(execution);
        service.reply(id);
        SUMMARY.set(execution, service.summary(service.get(id)));
    }
}
