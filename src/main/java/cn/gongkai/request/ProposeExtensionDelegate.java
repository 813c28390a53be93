package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_BASIS_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_PROPOSED_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_WORKING_DAYS;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "计算延期后的期限": what the deadline would become, shown to the approving head. */
@Component("proposeExtensionDelegate")
class ProposeExtensionDelegate implements JavaDelegate {

    private final Extensions extensions;

    ProposeExtensionDelegate(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int days = ((Number) execution.getVariable(EXTENSION_WORKING_DAYS.name())).intValue();
        EXTENSION_PROPOSED_DUE_ON.set(execution, extensions.proposedDueOn(REQUEST_ID.get(execution), days).toString());
        String basis = EXTENSION_BASIS.get(execution);
        EXTENSION_BASIS_NAME.set(execution, (basis == null || basis.isBlank() ? ExtensionBasis.ART_33
                : ExtensionBasis.valueOf(basis)).label());
    }
}
