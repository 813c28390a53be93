package cn.gongkai.proactive;

import static cn.gongkai.proactive.ItemWithdrawalProcess.DIVISION_NAME;
import static cn.gongkai.proactive.ItemWithdrawalProcess.INDEX_NUMBER;
import static cn.gongkai.proactive.ItemWithdrawalProcess.ITEM_URL;
import static cn.gongkai.proactive.ItemWithdrawalProcess.REQUESTER;
import static cn.gongkai.proactive.ItemWithdrawalProcess.TITLE;
import static cn.gongkai.proactive.ItemWithdrawalProcess.WITHDRAWAL_REASON;

import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.ItemLinks;
import cn.gongkai.catalogue.ItemWithdrawals;
import cn.gongkai.process.TaskForms;
import cn.gongkai.system.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "检查撤回申请": the item exists, is current and is the requester's division's; its title for the approval form. */
@Component("checkWithdrawalDelegate")
class CheckWithdrawalDelegate implements JavaDelegate {

    private final ItemWithdrawals withdrawals;
    private final TaskForms forms;
    private final ItemLinks links;

    CheckWithdrawalDelegate(ItemWithdrawals withdrawals, TaskForms forms, ItemLinks links) {
        this.withdrawals = withdrawals;
        this.forms = forms;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Fields form = forms.read(ItemWithdrawalProcess.START_FORM, execution.getVariables());
        String indexNumber = form.text(INDEX_NUMBER.name());
        String reason = form.text(WITHDRAWAL_REASON.name());
        form.validate();
        CatalogueItem item = withdrawals.check(indexNumber, REQUESTER.get(execution));
        INDEX_NUMBER.set(execution, item.indexNumber());
        WITHDRAWAL_REASON.set(execution, reason);
        TITLE.set(execution, item.title());
        DIVISION_NAME.set(execution, item.divisionName());
        ITEM_URL.set(execution, links.page(item.indexNumber()));
        execution.setProcessBusinessKey(item.indexNumber());
    }
}
