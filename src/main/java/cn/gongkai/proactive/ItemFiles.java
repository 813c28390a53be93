package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION;
import static cn.gongkai.proactive.ProactiveDisclosure.INDEX_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.ITEM_FILES;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;

import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.files.Upload;
import cn.gongkai.process.Markdown;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.Problems;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proactive item's documents while it goes through approval: its signed document (正式文件, PDF,
 * OFD or Word, whose text is the item's full text) and its annexes (附件), kept outside the
 * engine's variables and opened by every reviewer from the task form. Published with the item.
 */
@Service
public class ItemFiles {

    /** The two kinds of file an item carries. */
    public static final List<FilePurpose> PURPOSES = List.of(FilePurpose.SIGNED_DOCUMENT, FilePurpose.ANNEX);

    /** An item in approval, as its staff page shows it. */
    public record Item(String processInstanceId, String title, String division, boolean open) {
    }

    private final StoredFiles files;
    private final RuntimeService runtime;

    ItemFiles(StoredFiles files, RuntimeService runtime) {
        this.files = files;
        this.runtime = runtime;
    }

    /** The item of a running approval process, or of none (not found). */
    public Item item(String processInstanceId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .processDefinitionKey(ProactiveDisclosure.KEY).singleResult();
        if (pi == null) {
            throw new NotFoundException("没有正在审批的主动公开条目「" + processInstanceId + "」");
        }
        Map<String, Object> v = runtime.getVariables(processInstanceId,
                List.of(TITLE.name(), DIVISION.name(), INDEX_NUMBER.name()));
        return new Item(processInstanceId, (String) v.get(TITLE.name()), (String) v.get(DIVISION.name()),
                v.get(INDEX_NUMBER.name()) == null);
    }

    public List<StoredFile> list(String processInstanceId) {
        return files.list(StoredFiles.ITEM, processInstanceId);
    }

    /** Adds files to an item not yet published; every file is checked before any is stored. */
    @Transactional
    public int attach(String processInstanceId, List<Upload> uploads, String actor) {
        Item item = item(processInstanceId);
        if (!item.open()) {
            throw new ConflictException("条目已发布，不能再更改其文件");
        }
        Problems problems = new Problems();
        if (uploads.isEmpty()) {
            problems.add("files", "请选择要上传的文件");
        }
        List<StoredFiles.Checked> checked = files.check(uploads, files.totalSize(StoredFiles.ITEM, processInstanceId), problems);
        problems.throwIfAny();
        int stored = files.store(StoredFiles.ITEM, processInstanceId, checked, actor).size();
        runtime.setVariable(processInstanceId, ITEM_FILES.name(), links(processInstanceId));
        return stored;
    }

    /** For the task forms: where to open the item's documents, and each of them. */
    public String links(String processInstanceId) {
        String page = "/staff/items/" + processInstanceId;
        List<StoredFile> list = list(processInstanceId);
        StringBuilder sb = new StringBuilder("[打开条目的正式文件和附件](" + page + ")");
        if (list.isEmpty()) {
            return sb.append(" · 尚无文件").toString();
        }
        for (StoredFile f : list) {
            sb.append("\n- [").append(f.purpose().label()).append("：").append(Markdown.escape(f.fileName())).append("（")
                    .append(f.type().label()).append("，").append(f.sizeText()).append("）](").append(page).append("/files/")
                    .append(f.id()).append(")");
        }
        return Markdown.fit(sb.toString());
    }

    /**
     * Whether the item's full text is kept electronically (全文电子化): its signed document has text
     * (not a bare scan), or, without a signed document, its body is the full text.
     */
    public boolean fullTextElectronic(String processInstanceId) {
        return !files.has(StoredFiles.ITEM, processInstanceId, FilePurpose.SIGNED_DOCUMENT)
                || files.text(StoredFiles.ITEM, processInstanceId, FilePurpose.SIGNED_DOCUMENT).isPresent();
    }
}
