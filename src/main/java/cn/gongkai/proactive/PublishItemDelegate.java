package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.BODY_TEXT;
import static cn.gongkai.proactive.ProactiveDisclosure.CATEGORY;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION_NAME;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_TYPE;
import static cn.gongkai.proactive.ProactiveDisclosure.FORMED_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.INDEX_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLISHED_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.SUMMARY;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;

import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.ItemVersions;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.Publication;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "对外发布": enters the approved item into the public catalogue (async, retried; the catalogue
 * publishes a process instance's item once only) and keeps its index number.
 */
@Component("publishItemDelegate")
class PublishItemDelegate implements JavaDelegate {

    private final ItemVersions versions;
    private final CatalogueService catalogue;
    private final ItemFiles files;

    PublishItemDelegate(CatalogueService catalogue, ItemFiles files, ItemVersions versions) {
        this.versions = versions;
        this.catalogue = catalogue;
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CatalogueItem item = catalogue.publish(new Publication(
                execution.getProcessInstanceId(),
                TITLE.get(execution),
                SUMMARY.get(execution),
                BODY_TEXT.get(execution),
                CATEGORY.get(execution),
                DIVISION.get(execution),
                DIVISION_NAME.get(execution),
                DOCUMENT_NUMBER.get(execution),
                DocumentType.valueOf(DOCUMENT_TYPE.get(execution)),
                LocalDate.parse(FORMED_ON.get(execution)),
                files.fullTextElectronic(execution.getProcessInstanceId())));
        String replaces = ProactiveDisclosure.REPLACES.get(execution);
        if (replaces != null) {
            versions.replace(replaces, item);
        }
        INDEX_NUMBER.set(execution, item.indexNumber());
        PUBLISHED_ON.set(execution, item.publishedOn().toString());
        execution.setProcessBusinessKey(item.indexNumber());
    }
}
