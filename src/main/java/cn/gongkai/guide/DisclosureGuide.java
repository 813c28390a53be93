package cn.gongkai.guide;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.agency.GuideProperties;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.documents.DocumentProperties;
import cn.gongkai.request.Channel;
import cn.gongkai.system.AgencyTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 政府信息公开指南 (2019 Regs Art. 12), built from the agency's configuration and the catalogue's
 * categories: how the information is classified and arranged, how to obtain it, and the disclosure
 * office's name, address, office hours, phone, fax and internet contact. A new edition is dated the
 * day what it says changes.
 */
@Service
public class DisclosureGuide {

    private static final Logger log = LoggerFactory.getLogger(DisclosureGuide.class);

    /** One channel by which applications are taken, and the day that counts as receipt. */
    public record AnnouncedChannel(String code, String name, String receiptRule, String how) {
    }

    /** What the guide says. */
    public record Guide(String agencyName, GuideProperties office, List<CatalogueProperties.Category> categories,
            List<AnnouncedChannel> channels, int replyWorkingDays, int maxExtensionWorkingDays,
            int supplementNoticeWorkingDays, boolean feePausesClock, String reconsiderationBody, LocalDate effectiveOn) {
    }

    private final AgencyProperties agency;
    private final GuideProperties office;
    private final CatalogueProperties catalogue;
    private final ClockRules rules;
    private final DocumentProperties documents;
    private final GuideEditions editions;
    private final AgencyTime clock;

    DisclosureGuide(AgencyProperties agency, GuideProperties office, CatalogueProperties catalogue, ClockRules rules,
            DocumentProperties documents, GuideEditions editions, AgencyTime clock) {
        this.agency = agency;
        this.office = office;
        this.catalogue = catalogue;
        this.rules = rules;
        this.documents = documents;
        this.editions = editions;
        this.clock = clock;
    }

    /** The guide as it stands, with the day its current edition took effect. */
    public Guide current() {
        LocalDate effectiveOn = editions.latest().map(GuideEditions.Edition::effectiveOn).orElseGet(this::recordEdition);
        return guide(effectiveOn);
    }

    /** At start: a new edition when what the guide says has changed since the last. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public LocalDate recordEdition() {
        String fingerprint = fingerprint(guide(null));
        return editions.latest().filter(e -> e.fingerprint().equals(fingerprint)).map(GuideEditions.Edition::effectiveOn)
                .orElseGet(() -> {
                    LocalDate today = clock.today();
                    editions.insert(fingerprint, today, clock.now());
                    log.info("GUIDE-001 the disclosure guide has a new edition, effective {}", today);
                    return today;
                });
    }

    private Guide guide(LocalDate effectiveOn) {
        List<AnnouncedChannel> channels = office.announcedChannels().stream().map(Channel::valueOf)
                .map(c -> new AnnouncedChannel(c.name(), c.label(), c.receiptRule(), how(c))).toList();
        return new Guide(agency.name(), office, catalogue.categories(), channels, rules.replyWorkingDays(),
                rules.maxExtensionWorkingDays(), rules.supplementNoticeWorkingDays(), rules.feePausesClock(),
                documents.reconsiderationBody(), effectiveOn);
    }

    private String how(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "工作时间到 " + office.address() + " 提交书面申请；书写确有困难的，可以口头提出，由工作人员代为填写";
            case REGISTERED_MAIL, ORDINARY_MAIL -> "寄至 " + office.address()
                    + (office.postcode().isBlank() ? "" : "（邮编 " + office.postcode() + "）") + "，" + office.officeName()
                    + " 收，信封上请注明“政府信息公开申请”";
            case FAX -> "传真至 " + office.fax() + "，并电话 " + office.phone() + " 确认";
            case EMAIL -> "发送至 " + office.email() + "，邮件主题请注明“政府信息公开申请”";
            case ONLINE -> "在本网站“申请公开”页面填写提交" + (office.website().isBlank() ? "" : "（" + office.website() + "/apply）");
        };
    }

    static String fingerprint(Guide guide) {
        StringBuilder sb = new StringBuilder();
        sb.append(guide.agencyName()).append('|').append(guide.office()).append('|');
        guide.categories().forEach(c -> sb.append(c.code()).append('=').append(c.name()).append(';'));
        guide.channels().forEach(c -> sb.append(c).append(';'));
        sb.append(guide.replyWorkingDays()).append('/').append(guide.maxExtensionWorkingDays()).append('/')
                .append(guide.supplementNoticeWorkingDays()).append('/').append(guide.feePausesClock()).append('|')
                .append(guide.reconsiderationBody());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
