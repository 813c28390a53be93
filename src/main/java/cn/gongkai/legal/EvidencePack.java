package cn.gongkai.legal;

import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestLetters;
import cn.gongkai.review.ReviewEntry;
import cn.gongkai.review.ReviewLog;
import cn.gongkai.system.AgencyTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Service;

/**
 * The evidence pack for a reconsideration or lawsuit (应诉证据材料): a .zip with the record of how the
 * application was handled (办理记录.docx: the application, its clock ledger, every approval, the
 * service of the reply and the cases) and every letter as it was issued.
 */
@Service
public class EvidencePack {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClockLedger ledger;
    private final ReviewLog reviews;
    private final RequestLetters documents;
    private final LegalCases cases;
    private final AgencyTime clock;

    private final StoredFiles files;

    EvidencePack(ClockLedger ledger, ReviewLog reviews, RequestLetters documents, LegalCases cases, AgencyTime clock,
            StoredFiles files) {
        this.files = files;
        this.ledger = ledger;
        this.reviews = reviews;
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
    }

    /** The pack; {@code withPersonalPapers}: whether the applicant's identity papers go in (the handling chain's pack). */
    public byte[] zip(DisclosureRequest r, boolean withPersonalPapers) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "01 办理记录.docx", record(r));
            int n = 2;
            for (StoredDocument d : documents.list(r.id())) {
                byte[] content = documents.content(r.id(), d.id()).orElseThrow();
                add(zip, String.format("%02d %s", n++, d.fileName()), content);
            }
            // the papers the application brought, in their own folder, under their own names
            for (StoredFile f : files.list(StoredFiles.REQUEST, String.valueOf(r.id()))) {
                if (f.purpose().personal() && !withPersonalPapers) {
                    continue;
                }
                add(zip, String.format("申请材料/%02d %s %s", f.id(), f.purpose().label(), f.fileName()),
                        files.content(StoredFiles.REQUEST, String.valueOf(r.id()), f.id()).orElseThrow());
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the evidence of " + r.trackingCode(), e);
        }
    }

    /** The handling record as a .docx. */
    byte[] record(DisclosureRequest r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "政府信息公开申请办理记录", 18, true);
            line(doc, "申请编号：" + r.trackingCode() + "（制作于 " + WHEN.format(clock.now().atZone(clock.zone())) + "）");

            section(doc, "一、申请");
            line(doc, "申请人：" + r.applicantName() + "（" + r.applicantType().label() + "）");
            line(doc, "收到渠道：" + r.channel().label() + "；收到日期：" + (r.receivedOn() == null ? "—" : r.receivedOn()));
            line(doc, "所需政府信息：" + r.description());
            if (r.documentNumber() != null) {
                line(doc, "文号：" + r.documentNumber());
            }
            line(doc, "处理结果：" + (r.outcome() == null ? "—" : r.outcome().label()) + "；依据：" + (r.legalBasis() == null ? "—"
                    : r.legalBasis()));
            line(doc, "答复日期：" + (r.repliedOn() == null ? "—" : r.repliedOn()) + "；送达日期："
                    + (r.servedOn() == null ? "—" : r.servedOn()));

            section(doc, "二、计时事件（答复期限的依据）");
            for (ClockEvent e : ledger.events(r.id())) {
                line(doc, e.occurredOn() + " " + e.type().label() + (e.detail() == null ? "" : "：" + e.detail())
                        + (e.workingDays() == null ? "" : "（" + e.workingDays() + " 个工作日）")
                        + (e.actorName() != null ? "，经办人 " + e.actorName() : e.actor() != null ? "，经办人 " + e.actor() : ""));
            }

            section(doc, "三、审核与签发");
            List<ReviewEntry> entries = r.processInstanceId() == null ? List.of() : reviews.entries(r.processInstanceId());
            if (entries.isEmpty()) {
                line(doc, "无记录。");
            }
            for (ReviewEntry e : entries) {
                line(doc, WHEN.format(e.decidedAt().atZone(clock.zone())) + " " + e.stepName() + "："
                        + (e.reviewerName() == null ? e.reviewer() : e.reviewerName()) + (e.approved() ? " 同意" : " 退回")
                        + (e.comment() == null || e.comment().isBlank() ? "" : "，" + e.comment()));
            }

            section(doc, "四、文书");
            List<String> names = new ArrayList<>();
            for (StoredDocument d : documents.list(r.id())) {
                names.add(d.title() + "（" + WHEN.format(d.createdAt().atZone(clock.zone())) + "，" + d.fileName() + "）");
            }
            if (names.isEmpty()) {
                line(doc, "无。");
            }
            names.forEach(name -> line(doc, name));

            section(doc, "五、复议、诉讼");
            List<LegalCase> list = cases.forRequest(r.id());
            if (list.isEmpty()) {
                line(doc, "无。");
            }
            for (LegalCase c : list) {
                line(doc, c.filedOn() + " " + c.kind().label() + "，" + c.body() + (c.caseNumber() == null ? "" : "，案号 " + c.caseNumber())
                        + "；结果：" + c.result().label() + (c.decidedOn() == null ? "" : "（" + c.decidedOn() + "）"));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the record of " + r.trackingCode(), e);
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void section(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, 14, true);
    }

    private static void line(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, 12, false);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily("宋体");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
