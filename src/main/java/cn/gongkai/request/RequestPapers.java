package cn.gongkai.request;

import cn.gongkai.files.StoredFiles;
import cn.gongkai.files.Upload;
import cn.gongkai.system.Problems;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Papers staff add to an application: scans of a paper application registered in Tasklist, of a
 * supplement received on paper, or other papers. Every file is checked before any is stored.
 */
@Service
public class RequestPapers {

    private final StoredFiles files;
    private final RequestRepository requests;

    RequestPapers(StoredFiles files, RequestRepository requests) {
        this.files = files;
        this.requests = requests;
    }

    @Transactional
    public int attach(long requestId, List<Upload> uploads, String actor) {
        Problems problems = new Problems();
        if (uploads.isEmpty()) {
            problems.add("files", "请选择要上传的文件");
        }
        requests.get(requestId);
        String owner = String.valueOf(requestId);
        List<StoredFiles.Checked> checked = files.check(uploads, files.totalSize(StoredFiles.REQUEST, owner), problems);
        problems.throwIfAny();
        return files.store(StoredFiles.REQUEST, String.valueOf(requestId), checked, actor).size();
    }
}
