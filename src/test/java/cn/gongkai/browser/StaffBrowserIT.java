package cn.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.proactive.ProactiveDisclosure;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff experience in a real browser: headless Chromium drives Tasklist and Cockpit of the
 * application on a random port, in Chinese, through the rendered Camunda Forms. Jobs are run by the
 * test, as in the other tests. Screenshots of the main screens land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
class StaffBrowserIT {

    static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure failures = new ScreenshotOnFailure(() -> browser);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void openBrowser() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    Browser browser() {
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
        }
        return browser;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aDraftGoesThroughEveryReviewerInTasklistAndAppearsInTheCatalogue() {
        Browser b = browser();
        Tasklist tasklist = new Tasklist(b);
        String title = "关于印发《工业和信息化稳增长若干措施》的通知（浏览器测试）";

        tasklist.login("policy-staff");
        b.screenshot("tasklist-filters");
        CamundaForm draft = tasklist.startProcess("主动公开");
        draft.fill("标题", title)
                .select("公开类别", "政策法规")
                .date("形成或变更日期", today())
                .select("文件类型", "行政规范性文件")
                .fill("文号", "新经信规〔2026〕9号")
                .fill("内容概述", "为贯彻落实稳增长要求，制定本措施。")
                .fill("正文", "一、总体要求\n二、主要措施\n三、保障措施");
        b.screenshot("tasklist-start-form");
        tasklist.start();

        tasklist.login("policy-head").filter("本组待办").open("处室负责人初审", title);
        CamundaForm review = tasklist.claim();
        assertThat(review.value("标题")).isEqualTo(title);
        assertThat(review.value("公开期限计算说明")).contains("工作日");
        review.choose("审核结论", "同意").fill("审核意见", "同意，请保密审查。");
        b.screenshot("tasklist-head-review");
        tasklist.complete();

        tasklist.login("secrecy").filter("本组待办").open("保密审查", title);
        CamundaForm secrecy = tasklist.claim();
        assertThat(secrecy.value("此前审核记录")).contains("同意，请保密审查。");
        assertThat(secrecy.value("自动预审结果")).isNotBlank();
        secrecy.select("审查结论", "可以公开").fill("审查依据", "不涉及国家秘密、工作秘密和个人隐私。")
                .choose("审核结论", "同意（通过保密审查）");
        b.screenshot("tasklist-confidentiality-review");
        tasklist.complete();

        tasklist.login("office").filter("本组待办").open("委办公室核稿", title);
        tasklist.claim().choose("审核结论", "同意");
        tasklist.complete();

        tasklist.login("leader").filter("本组待办").open("委领导审批", title);
        tasklist.claim().choose("审核结论", "批准发布").fill("审核意见", "同意发布。");
        tasklist.complete();

        Job publish = engine.getManagementService().createJobQuery()
                .activityId(ProactiveDisclosure.SERVICE_PUBLISH_ITEM).singleResult();
        engine.getManagementService().executeJob(publish.getId());

        b.get("/catalogue");
        b.visible(By.xpath("//a[contains(normalize-space(),'工业和信息化稳增长若干措施')]")).click();
        assertThat(b.visible(By.tagName("h1")).getText()).contains("工业和信息化稳增长若干措施");
        assertThat(b.text()).contains("新经信规〔2026〕9号");
        b.screenshot("portal-catalogue-item");
    }
}
