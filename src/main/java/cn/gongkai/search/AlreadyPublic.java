package cn.gongkai.search;

import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.ItemLinks;
import cn.gongkai.catalogue.ItemVersions;
import cn.gongkai.catalogue.ItemWithdrawals;
import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.process.Markdown;
import cn.gongkai.system.Problems;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Already public?" (条例第三十六条第（一）项) for the drafter: what the agency has published that
 * matches an application's wording, as the draft task shows it, and the reply that points the
 * applicant to a chosen catalogue item.
 */
@Service
public class AlreadyPublic {

    /** How many matches the draft task shows. */
    static final int SHOWN = 8;
    /** Between the choices, and between a choice's value and its label, in {@link Candidates#choices()}. */
    static final String CHOICE_SEPARATOR = "~~";
    static final String VALUE_SEPARATOR = "~";
    public static final String LEGAL_BASIS = "《中华人民共和国政府信息公开条例》第三十六条第（一）项";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * What the draft task shows: {@code markdown}, the ranked list with links; {@code choices}, the
     * catalogue items one may answer with, as {@code index number~label} joined by {@code ~~} (the
     * form turns them into a drop-down with a FEEL expression), null when there is none.
     */
    public record Candidates(String markdown, String choices) {
    }

    private final PublicTexts texts;
    private final CatalogueService catalogue;
    private final ItemWithdrawals withdrawals;
    private final ItemVersions versions;
    private final ItemLinks links;
    private final EscalationProperties site;

    AlreadyPublic(PublicTexts texts, CatalogueService catalogue, ItemWithdrawals withdrawals, ItemVersions versions,
            ItemLinks links, EscalationProperties site) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.withdrawals = withdrawals;
        this.versions = versions;
        this.links = links;
        this.site = site;
    }

    public Candidates forWording(String wording) {
        List<PublicMatch> matches = texts.matching(wording, SHOWN);
        if (matches.isEmpty()) {
            return new Candidates("未找到与申请内容相符的已主动公开信息或公开的咨询问答。", null);
        }
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < matches.size(); i++) {
            PublicMatch m = matches.get(i);
            md.append(i + 1).append(". [").append(Markdown.escape(m.title())).append("](").append(m.path()).append(") · ")
                    .append(m.kind().label());
            if (m.kind() == PublicMatch.Kind.ITEM) {
                md.append(" · 索引号 ").append(Markdown.escape(m.reference()));
            }
            if (m.publishedOn() != null) {
                md.append(" · ").append(m.publishedOn());
            }
            if (m.division() != null) {
                md.append(" · ").append(Markdown.escape(m.division()));
            }
            md.append(" · 相关度 ").append(Math.round(m.relevance() * 100)).append("%\n");
        }
        String choices = matches.stream().filter(m -> m.kind() == PublicMatch.Kind.ITEM)
                .map(m -> m.reference() + VALUE_SEPARATOR + label(m))
                .collect(Collectors.joining(CHOICE_SEPARATOR));
        return new Candidates(Markdown.fit(md.toString().strip()), choices.isEmpty() ? null : choices);
    }

    private static String label(PublicMatch m) {
        return (m.reference() + "《" + m.title() + "》").replace(VALUE_SEPARATOR, "～");
    }

    /**
     * The catalogue item a reply may point to: published, neither withdrawn nor replaced by a newer
     * version (the applicant is then told the current one).
     */
    public CatalogueItem current(String field, String indexNumber) {
        Optional<CatalogueItem> item = catalogue.find(indexNumber);
        if (item.isEmpty()) {
            Problems.reject(field, "目录中没有索引号为「" + indexNumber + "」的信息");
        }
        if (withdrawals.of(item.get()).isPresent()) {
            Problems.reject(field, "「" + indexNumber + "」已撤回，不能据此答复");
        }
        String replacedBy = versions.of(item.get()).replacedBy();
        if (replacedBy != null) {
            Problems.reject(field, "「" + indexNumber + "」已被「" + replacedBy + "」替代，请选择最新的版本");
        }
        return item.get();
    }

    /** The reply's explanation: where and how the applicant gets the item (方式、途径). */
    public String explanation(CatalogueItem item) {
        return "您申请获取的信息已于" + DATE.format(item.publishedOn()) + "由本机关主动公开，名称为《" + item.title()
                + "》，索引号为" + item.indexNumber() + "。您可以在本机关政府信息公开目录中查阅、下载：" + site.baseUrl()
                + links.page(item.indexNumber()) + "，也可以到本机关政府信息公开查阅场所查阅。";
    }
}
