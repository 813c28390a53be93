package cn.gongkai.catalogue;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Withdrawing a published item (撤回) once the leadership approved it: the item leaves the
 * catalogue's lists, search and feed; its page stays and says when and why, without its content.
 */
@Service
public class ItemWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(ItemWithdrawals.class);

    /** When and why an item was withdrawn. */
    public record Withdrawal(LocalDate withdrawnOn, String reason) {
    }

    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final ItemVersions versions;
    private final IdentityService identity;
    private final AgencyTime clock;

    ItemWithdrawals(JdbcClient jdbc, CatalogueService catalogue, ItemVersions versions, IdentityService identity,
            AgencyTime clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.versions = versions;
        this.identity = identity;
        this.clock = clock;
    }

    /** The item {@code requester} may ask to withdraw: published, current, of their division (or the disclosure office's). */
    public CatalogueItem check(String indexNumber, String requester) {
        Problems problems = new Problems();
        Optional<CatalogueItem> item = catalogue.find(indexNumber);
        if (item.isEmpty()) {
            Problems.reject("indexNumber", "目录中没有索引号为「" + indexNumber + "」的信息");
        }
        String replacedBy = versions.of(item.get()).replacedBy();
        if (of(item.get()).isPresent()) {
            problems.add("indexNumber", "「" + indexNumber + "」已撤回");
        } else if (replacedBy != null) {
            problems.add("indexNumber", "「" + indexNumber + "」已被「" + replacedBy + "」替代，请撤回最新的版本");
        }
        String division = item.get().division();
        List<String> mayAsk = List.of(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD,
                AgencyGroups.staff(division), AgencyGroups.head(division), AgencyGroups.liaison(division),
                AgencyGroups.reviewer(division));
        if (requester != null
                && mayAsk.stream().noneMatch(g -> identity.createUserQuery().userId(requester).memberOfGroup(g).count() > 0)) {
            problems.add("indexNumber", "「" + indexNumber + "」由" + item.get().divisionName() + "发布，只能由该处室或公开办申请撤回");
        }
        problems.throwIfAny();
        return item.get();
    }

    public void withdraw(String indexNumber, String reason) {
        int withdrawn = jdbc.sql("UPDATE catalogue_item SET withdrawn_on = :on, withdrawal_reason = :reason "
                        + "WHERE index_number = :n AND withdrawn_on IS NULL")
                .param("on", clock.today()).param("reason", reason).param("n", indexNumber).update();
        log.info("CATALOGUE-013 {} withdrawn{}", indexNumber, withdrawn == 0 ? " already" : "");
    }

    public Optional<Withdrawal> of(CatalogueItem item) {
        return jdbc.sql("SELECT withdrawn_on, withdrawal_reason FROM catalogue_item WHERE index_number = :n AND withdrawn_on IS NOT NULL")
                .param("n", item.indexNumber())
                .query((rs, n) -> new Withdrawal(rs.getObject(1, LocalDate.class), rs.getString(2))).optional();
    }
}
