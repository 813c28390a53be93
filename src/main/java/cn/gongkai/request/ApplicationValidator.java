package cn.gongkai.request;

import cn.gongkai.agency.GuideProperties;
import cn.gongkai.process.TaskForms;
import cn.gongkai.screening.ResidentIdNumber;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Contacts;
import cn.gongkai.system.Fields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks an application field by field (2019 Regs Art. 29: name, identity, contact details, a
 * description of the information, the form and way to receive it) and names every bad field.
 * The same rules serve the public API, the public form and staff registration; labels and limits
 * are those of the staff registration form ({@code forms/request-register.form}).
 */
@Component
public class ApplicationValidator {

    /** How far back staff may date a registration's receipt. */
    /** The 2019 Regulations (Decree 711) are in force from this day; earlier receipts follow the 2008 rules. */
    static final LocalDate REGULATIONS_IN_FORCE = LocalDate.of(2019, 5, 15);

    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private final TaskForms forms;
    private final AgencyTime clock;

    private final GuideProperties guide;

    public ApplicationValidator(AgencyTime clock, GuideProperties guide, TaskForms forms) {
        this.forms = forms;
        this.clock = clock;
        this.guide = guide;
    }

    /** An application submitted online by the public; unknown fields are refused. */
    public Application online(Map<String, ?> body) {
        Fields r = forms.read("request-register", body);
        r.refuseUnknown(List.of("applicantType", "applicantName", "description", "contactPhone", "contactEmail",
                "contactAddress", "idType", "idNumber", "documentNumber", "deliveryForm", "deliveryMethod"));
        Application application = common(r, Channel.ONLINE, null);
        r.validate();
        return application;
    }

    /** An application registered by staff from a channel other than online, with its receipt date. */
    public Application registered(Map<String, ?> variables) {
        Fields r = forms.read("request-register", variables);
        Channel channel = r.choice("channel", Channel.class, true);
        if (channel == Channel.ONLINE) {
            r.problem("channel", "「收到渠道」网上申请由公众在网上提交，不在此登记");
            channel = null;
        } else if (channel != null && !guide.announcedChannels().contains(channel.name())) {
            r.problem("channel", "「收到渠道」本机关未在政府信息公开指南中公布「" + channel.label() + "」渠道，不能以此渠道登记");
            channel = null;
        }
        LocalDate receivedOn = r.date("receivedOn", true);
        if (receivedOn != null && receivedOn.isAfter(clock.today())) {
            r.problem("receivedOn", "「收到日期」不能晚于今天（" + clock.today() + "）");
        } else if (receivedOn != null && receivedOn.isBefore(REGULATIONS_IN_FORCE)) {
            // a letter found late is registered with its true date, however old; only the current Regulations are modelled
            r.problem("receivedOn", "「收到日期」早于现行《政府信息公开条例》施行之日（" + REGULATIONS_IN_FORCE + "），请按当时的规定另行处理");
        }
        Application application = common(r, channel, receivedOn);
        r.validate();
        return application;
    }

    private Application common(Fields r, Channel channel, LocalDate receivedOn) {
        ApplicantType type = r.choice("applicantType", ApplicantType.class, true);
        String name = r.text("applicantName", true);
        String description = r.text("description", true);
        if (description != null && description.codePointCount(0, description.length()) < 5) {
            r.problem("description", "「所需政府信息的描述」过短，请写明信息的名称、文号或便于查询的内容描述");
        }
        String phone = r.text("contactPhone", false);
        if (phone != null && !Contacts.isPhone(phone)) {
            r.problem("contactPhone", "「联系电话」格式不正确，收到「" + phone + "」");
        }
        String email = r.text("contactEmail", false);
        if (email != null && !Contacts.isEmail(email)) {
            r.problem("contactEmail", "「电子邮箱」格式不正确，收到「" + email + "」");
        }
        if (r.absent("contactPhone") && r.absent("contactEmail")) {
            r.problem("contactPhone", "「联系电话」和「电子邮箱」至少填写一项");
            r.problem("contactEmail", "「联系电话」和「电子邮箱」至少填写一项");
        }
        String address = r.text("contactAddress", false);
        IdType idType = r.choice("idType", IdType.class, false);
        String idNumber = r.text("idNumber", false);
        if (idNumber != null && idType == null && !r.has("idType")) {
            r.problem("idType", "填写「证件号码」时须选择「证件类型」");
        }
        if (idNumber != null && idType == IdType.RESIDENT_ID && !ResidentIdNumber.isValid(idNumber)) {
            r.problem("idNumber", "「证件号码」不是有效的居民身份证号码（校验位不符）");
        }
        if (idNumber != null && idType == IdType.CREDIT_CODE && !CREDIT_CODE.matcher(idNumber.toUpperCase()).matches()) {
            r.problem("idNumber", "「证件号码」不是有效的 18 位统一社会信用代码");
        }
        String documentNumber = r.text("documentNumber", false);
        DeliveryForm form = r.choice("deliveryForm", DeliveryForm.class, false);
        DeliveryMethod method = r.choice("deliveryMethod", DeliveryMethod.class, false);
        if (method == DeliveryMethod.EMAIL && email == null && r.absent("contactEmail")) {
            r.problem("contactEmail", "选择通过电子邮件获取信息时须填写「电子邮箱」");
        }
        if (method == DeliveryMethod.POST && address == null && r.absent("contactAddress")) {
            r.problem("contactAddress", "选择邮寄时须填写「通信地址」");
        }
        return new Application(channel, receivedOn, type, name, idType,
                idNumber == null ? null : idNumber.toUpperCase(), phone, email, address, description, documentNumber,
                form, method);
    }
}
