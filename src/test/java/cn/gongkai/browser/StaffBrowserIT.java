package cn.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.catalogue.CatalogueItem;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.Publication;
import cn.gongkai.files.Samples;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
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
    @Autowired
    RequestIntake intake;
    @Autowired
    CatalogueService catalogue;
    RequestDriver requests;

    @BeforeEach
    void drivers() {
        requests = new RequestDriver(engine, intake);
    }

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
    void aDraftGoesThroughEveryReviewerInTasklistAndAppearsInTheCatalogue() throws Exception {
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

        // the drafter adds the signed document on the item's page, still logged in to Tasklist
        String item = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProactiveDisclosure.KEY).variableValueEquals("title", title).singleResult().getId();
        Path signed = Files.createTempFile("gongkai-", ".docx");
        Files.write(signed, Samples.docx("工业和信息化稳增长若干措施：一、加大企业技术改造支持力度。"));
        Path named = Files.move(signed, signed.resolveSibling("稳增长措施-" + System.nanoTime() + ".docx"));
        b.get("/staff/items/" + item);
        new Select(b.visible(By.id("purpose"))).selectByVisibleText("正式文件");
        b.visible(By.id("files")).sendKeys(named.toAbsolutePath().toString());
        b.click(By.xpath("//button[normalize-space()='上传文件']"));
        b.await("the file is listed", d -> d.getPageSource().contains("正式文件：" + named.getFileName()));
        b.screenshot("staff-item-files");

        tasklist.login("policy-head").filter("本组待办").open("处室负责人初审", title);
        CamundaForm review = tasklist.claim();
        // the reviewer opens the signed document from the task form
        List<WebElement> fileLinks = b.all(By.cssSelector(".task-details .fjs-form a[href*='/staff/items/" + item + "/files/']"));
        assertThat(fileLinks).hasSize(1);
        assertThat(fileLinks.get(0).getText()).startsWith("正式文件：" + named.getFileName());
        Object opened = ((JavascriptExecutor) b.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
                + ".catch(e => done('failed ' + e));", fileLinks.get(0).getAttribute("href"));
        assertThat(opened).isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        b.screenshot("tasklist-head-review-files");
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
        b.click(By.xpath("//a[contains(normalize-space(),'工业和信息化稳增长若干措施')]"));
        assertThat(b.visible(By.tagName("h1")).getText()).contains("工业和信息化稳增长若干措施");
        assertThat(b.text()).contains("新经信规〔2026〕9号").contains("正式文件：" + named.getFileName());
        b.screenshot("portal-catalogue-item");
    }

    @Test
    void anOnlineApplicationIsConfirmedRoutedAnsweredAndServedAndOtherDivisionsNeverSeeIt() {
        Browser b = browser();
        b.get("/apply");
        new Select(b.visible(By.id("applicantType"))).selectByVisibleText("自然人");
        b.visible(By.id("applicantName")).sendKeys("王芳");
        b.visible(By.id("contactEmail")).sendKeys("wangfang@example.com");
        b.visible(By.id("description")).sendKeys("2026年工业和信息化专项资金安排情况（浏览器测试）");
        b.screenshot("portal-apply");
        b.click(By.xpath("//button[normalize-space()='提交申请']"));
        String code = b.visible(By.cssSelector(".notice strong")).getText();
        assertThat(code).startsWith("YS");
        b.screenshot("portal-track-submitted");
        runJobOf(code);

        Tasklist tasklist = new Tasklist(b);
        tasklist.login("disclosure").filter("本组待办").open("确认收到网上申请", code);
        tasklist.claim().choose("确认结果", "确认收到（以今日为收到日期）");
        tasklist.complete();
        tasklist.filter("本组待办").open("受理审查", code);
        tasklist.claim().choose("审查结论", "申请内容明确完整，交承办处室办理").select("承办处室", "政策法规处");
        b.screenshot("tasklist-review-application");
        tasklist.complete();

        String draftTask = taskIdOf(code);
        tasklist.login("planning-staff");
        for (String filter : new String[] {"本组待办", "依申请公开"}) {
            tasklist.filter(filter);
            assertThat(String.join("\n", tasklist.tasks())).as("%s of 发展规划处", filter).doesNotContain(code);
        }
        b.get("/camunda/app/tasklist/default/#/?task=" + draftTask);
        b.await("the task is refused", d -> d.findElements(Tasklist.TASK_FORM).isEmpty()
                && !tasklist.notifications().isBlank());
        b.screenshot("tasklist-other-division-refused");

        tasklist.login("policy-staff").filter("依申请公开").open("检索并拟办", code);
        CamundaForm draft = tasklist.claim();
        b.screenshot("tasklist-draft-reply-context");
        assertThat(draft.text()).contains("检索并拟办 · " + code).contains("答复期限").contains("申请档案与文书")
                .contains("承办：政策法规处");
        assertThat(b.all(By.cssSelector(".task-details .fjs-form a[href*='/staff/requests/" + code + "']"))).isNotEmpty();
        draft.select("处理结果", "予以公开")
                .fill("法律依据", "《中华人民共和国政府信息公开条例》第三十六条第（二）项")
                .fill("理由或说明", "您申请的信息属于公开范围，现予提供。")
                .select("提供信息的载体形式", "电子数据")
                .select("提供信息的方式", "电子邮件");
        b.screenshot("tasklist-draft-reply");
        tasklist.complete();

        tasklist.login("policy-head").filter("依申请公开").open("负责人审核答复", code);
        tasklist.claim().choose("审核结论", "同意").fill("审核意见", "同意。");
        tasklist.complete();
        tasklist.login("secrecy").filter("本组待办").open("答复保密审查", code);
        tasklist.claim().select("审查结论", "可以公开").choose("审核结论", "同意（通过保密审查）");
        tasklist.complete();
        tasklist.login("leader").filter("本组待办").open("委领导签发", code);
        tasklist.claim().choose("审核结论", "签发");
        tasklist.complete();
        tasklist.login("disclosure").filter("本组待办").open("送达答复书", code);
        tasklist.claim().select("送达方式", "电子方式送达（申请人同意的，以发送之日为送达日）")
                .date("送达日期", today()).fill("送达说明（如挂号号码、签收人）", "已发送至 wangfang@example.com");
        b.screenshot("tasklist-record-delivery");
        tasklist.complete();

        b.get("/track/" + code);
        assertThat(b.text()).contains("已答复");
        b.screenshot("portal-track-answered");
    }

    /** The drafter sees what is already public and answers with a published item in one choice. */
    @Test
    void theDraftFormShowsWhatIsAlreadyPublicAndAnswersWithIt() {
        CatalogueItem item = catalogue.publish(new Publication("pi-" + java.util.UUID.randomUUID(),
                "2026年全省中小企业数字化转型试点城市名单", "第二批中小企业数字化转型试点城市",
                "经城市申报、省级推荐和专家评审，确定以下城市为中小企业数字化转型试点城市", "policies", "policy",
                "政策法规处", null, DocumentType.OTHER, today(), true));
        ProcessInstance pi = requests.register("IN_PERSON", today().toString(), "请公开本省中小企业数字化转型试点城市的名单（浏览器测试）");
        requests.assign(pi, "policy");
        String code = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();

        Browser b = browser();
        Tasklist tasklist = new Tasklist(b);
        tasklist.login("policy-staff").filter("依申请公开").open("检索并拟办", code);
        CamundaForm draft = tasklist.claim();
        assertThat(draft.text()).contains("已公开的相关信息").contains(item.title()).contains("主动公开目录");
        assertThat(b.all(By.cssSelector(".task-details .fjs-form a[href='/catalogue/items/" + item.indexNumber() + "']")))
                .isNotEmpty();
        draft.select("以已主动公开答复", item.indexNumber() + "《" + item.title() + "》");
        b.await("the outcome fields give way to the published item",
                d -> d.findElements(By.xpath("//*[contains(@class,'task-details')]//label[normalize-space()='处理结果']")).isEmpty());
        b.screenshot("tasklist-draft-already-public");
        tasklist.complete();

        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "alreadyPublicItem")).isEqualTo(item.indexNumber());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "outcome")).isEqualTo("DISCLOSED");
    }

    /**
     * 督查看板 in the browser: the charts are drawn (from the application's own ECharts), the page
     * passes the portal's accessibility checks on a desktop and fits a phone, and the 已超期 bar
     * leads to the list behind it and on to the application's file.
     */
    @Test
    void theSupervisorsDashboardDrawsItsChartsAndTheOverdueBarLeadsToTheFile() {
        repliedOverTheLastMonths();
        ProcessInstance pi = requests.register("REGISTERED_MAIL", today().minusDays(45).toString(), "2025年度部门决算（督查看板浏览器测试）");
        requests.assign(pi, "sme");
        String code = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();

        Browser b = browser();
        Webapps.login(b, "tasklist", "supervisor");
        b.resize(1366, 900);
        b.get("/staff/dashboard");
        b.await("every chart drawn", d -> d.findElements(By.cssSelector(".chart[data-chart]")).stream()
                .allMatch(c -> !c.findElements(By.cssSelector("svg path")).isEmpty()));
        assertThat(b.driver().findElement(By.tagName("h1")).getText()).startsWith("督查看板");
        assertThat(b.text()).contains("法定期限 20 个工作日").contains("延长后 20 + 20 个工作日");
        b.resize(1366, 2400);
        b.screenshot("dashboard"); // the README's picture (docs/screenshots/dashboard.png)
        b.resize(1366, 900);
        Results results = new AxeBuilder().withTags(PortalAccessibilityIT.WCAG_21_AA).analyze(b.driver());
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations()).extracting(Rule::getId).as("accessibility violations").isEmpty();
        b.resize(PortalAccessibilityIT.PHONE_WIDTH, 812);
        assertThat(((Number) b.script("return document.documentElement.scrollWidth")).intValue())
                .as("fits a phone").isLessThanOrEqualTo(PortalAccessibilityIT.PHONE_WIDTH);
        b.resize(1366, 900);

        // a click on the 已超期 bar (the first bar of the deadline picture), where ECharts drew it
        b.get("/staff/dashboard");
        WebElement ageing = b.visible(By.cssSelector("#ageing .chart"));
        b.await("the deadline chart drawn", d -> !ageing.findElements(By.cssSelector("svg path")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) b.script("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const overdue = chart.getOption().series[0].data[0];
                return chart.convertToPixel({seriesIndex: 0}, [0, overdue / 2]);""", ageing);
        java.time.Instant[] clicked = {java.time.Instant.MIN};
        b.await("the overdue list open", d -> {
            if (d.getCurrentUrl().contains("/staff/dashboard/open?bucket=OVERDUE")) {
                return true;
            }
            if (java.time.Duration.between(clicked[0], java.time.Instant.now()).compareTo(Browser.RECLICK) > 0) {
                new Actions(d).moveToElement(ageing, at.get(0).intValue() - ageing.getSize().getWidth() / 2,
                        at.get(1).intValue() - ageing.getSize().getHeight() / 2).click().perform();
                clicked[0] = java.time.Instant.now();
            }
            return null;
        });
        assertThat(b.driver().findElement(By.tagName("h1")).getText()).contains("已超期");
        b.click(By.linkText(code));
        b.await("the file open", d -> d.getCurrentUrl().endsWith("/staff/requests/" + code));
    }

    @Test
    void aSupervisorFindsAnOverdueApplicationInCockpitByItsTrackingCode() {
        // received by registered mail 45 days ago: the 20 working days have run out
        ProcessInstance pi = requests.register("REGISTERED_MAIL", today().minusDays(45).toString(), "2025年度部门决算（逾期的浏览器测试申请）");
        requests.assign(pi, "sme");
        String code = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();

        Browser b = browser();
        new Tasklist(b).login("supervisor").filter("全机关已超期").open("检索并拟办", code);
        b.screenshot("tasklist-supervisor-overdue");

        Cockpit cockpit = new Cockpit(b).login("supervisor");
        b.screenshot("cockpit-dashboard");
        cockpit.processInstanceByBusinessKey("依申请公开", code);
        cockpit.tab("用户任务");
        String row = b.await("the open task listed", d -> d.findElements(By.cssSelector(".ctn-tabbed-content tr")).stream()
                .map(r -> r.getText()).filter(t -> t.contains("检索并拟办")).findFirst().orElse(null));
        assertThat(row).contains(requests.task(pi).getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDate().toString());
        b.screenshot("cockpit-overdue-application");
    }

    /**
     * Applications of three divisions replied over the last six months, some within 10 calendar
     * days, some after 40: the dashboard's pictures have something to show.
     */
    private void repliedOverTheLastMonths() {
        String[] divisions = {"policy", "planning", "sme"};
        try {
            for (int month = 6; month >= 1; month--) {
                for (int i = 0; i < 3; i++) {
                    LocalDate received = today().minusMonths(month).withDayOfMonth(3 + i);
                    ClockUtil.setCurrentTime(Date.from(received.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
                    ProcessInstance pi = requests.register("IN_PERSON", received.toString(), "看板示例申请 " + month + "-" + i);
                    requests.assign(pi, divisions[i]);
                    LocalDate replied = received.plusDays(i == 1 && month % 2 == 0 ? 40 : 10 + month);
                    ClockUtil.setCurrentTime(Date.from(replied.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
                    requests.draftReply(pi, divisions[i] + "-staff", Outcome.values()[(month + i) % 5], "经核查，依法答复。");
                    requests.signOff(pi, divisions[i] + "-head");
                }
            }
        } finally {
            ClockUtil.reset();
        }
    }

    private void runJobOf(String trackingCode) {
        String processInstanceId = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingCode).singleResult().getId();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private String taskIdOf(String trackingCode) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(trackingCode).singleResult().getId();
    }
}
