package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_REASON;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_WORKING_DAYS;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "延长答复期限": records the extension (Art. 33) or the delayed reply period (Art. 35) the head
 * approved and writes the 延期答复告知书.
 */
@Component("grantExtensionDelegate")
class GrantExtensionDelegate implements JavaDelegate {

    private final Extensions extensions;

    GrantExtensionDelegate(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int days = ((Number) execution.getVariable(EXTENSION_WORKING_DAYS.name())).intValue();
        String basis = EXTENSION_BASIS.get(execution);
        extensions.grant(REQUEST_ID.get(execution), days, EXTENSION_REASON.get(execution), LAST_ACTOR.get(execution),
                basis == null || basis.isBlank() ? ExtensionBasis.ART_33 : ExtensionBasis.valueOf(basis));
    }
}
