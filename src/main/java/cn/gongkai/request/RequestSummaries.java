package cn.gongkai.request;

import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.process.Markdown;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The markdown staff see on every task of an application: the application, its clock, its documents. */
final class RequestSummaries {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RequestSummaries() {
    }

    static String summary(DisclosureRequest r, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        sb.append("**申请编号** ").append(r.trackingCode()).append(" · **状态** ").append(r.status().label()).append("\n\n");
        sb.append("**申请人** ").append(Markdown.escape(r.applicantName())).append("（").append(r.applicantType().label()).append("）");
        if (r.idType() != null) {
            sb.append(" · ").append(r.idType().label()).append(" ").append(Markdown.escape(mask(r.idNumber())));
        }
        sb.append("\n\n**联系方式** ");
        if (r.contactPhone() != null) {
            sb.append("电话 ").append(Markdown.escape(r.contactPhone())).append("；");
        }
        if (r.contactEmail() != null) {
            sb.append("邮箱 ").append(Markdown.escape(r.contactEmail())).append("；");
        }
        if (r.contactAddress() != null) {
            sb.append("地址 ").append(Markdown.escape(r.contactAddress()));
        }
        sb.append("\n\n**收到渠道** ").append(r.channel().label());
        if (r.receivedOn() != null) {
            sb.append(" · **收到日期** ").append(r.receivedOn()).append("（").append(r.channel().receiptRule()).append("）");
        } else {
            sb.append(" · **提交时间** ").append(WHEN.withZone(zone).format(r.submittedAt())).append("（尚未确认收到）");
        }
        sb.append("\n\n**所需政府信息** ").append(Markdown.quote(r.description()));
        if (r.documentNumber() != null) {
            sb.append("\n\n**文号** ").append(Markdown.escape(r.documentNumber()));
        }
        if (r.deliveryForm() != null || r.deliveryMethod() != null) {
            sb.append("\n\n**获取信息的形式和方式** ")
                    .append(r.deliveryForm() == null ? "未指定" : r.deliveryForm().label()).append("；")
                    .append(r.deliveryMethod() == null ? "未指定" : r.deliveryMethod().label());
        }
        if (r.outcome() != null) {
            sb.append("\n\n**处理结果** ").append(r.outcome().label());
        }
        return Markdown.fit(sb.toString());
    }

    static String clock(ReplyDeadline deadline) {
        StringBuilder sb = new StringBuilder("**答复期限** ");
        sb.append(deadline.dueOn() == null ? "—" : deadline.dueOn().toString()).append("（").append(deadline.state().label()).append("）");
        for (String line : deadline.explanation()) {
            sb.append("\n- ").append(Markdown.escape(line));
        }
        return Markdown.fit(sb.toString());
    }

    static String documentLinks(DisclosureRequest r, List<StoredDocument> documents, ZoneId zone) {
        StringBuilder sb = new StringBuilder("[查看申请档案](/staff/requests/" + r.trackingCode() + ")");
        if (documents.isEmpty()) {
            return sb.append(" · 尚无文书").toString();
        }
        for (StoredDocument d : documents) {
            sb.append("\n- [").append(Markdown.escape(d.title())).append("（").append(WHEN.withZone(zone).format(d.createdAt())).append("）](/staff/requests/")
                    .append(r.trackingCode()).append("/documents/").append(d.id()).append(")");
        }
        return Markdown.fit(sb.toString());
    }

    static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber == null ? "" : "****";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
