using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.ReplyLanguage;

namespace CivilityBot.Tests.Knowledge;

/// <summary>
/// The second question table: what the plan answers beyond its indicator table. Relations between people (Attachment
/// 1), topics in the working groups' tasks, the office's duties and the plan's prose, names typed slightly wrong, and
/// one phase asked about. Each row holds the facts a careful reader of 岳建函〔2023〕50号 would give.
/// </summary>
public class PlanQuestionTableTests
{
    private static readonly QuestionAnswerer Answerer = SeedCampaign.Answerer();

    [Theory]
    // Superiors: the leading group (组长 徐平, 副组长 晏桃保), its office (主任 晏桃保, 副主任 刘斌), the working groups.
    [InlineData("刘斌的上级是谁", Chinese, "领导小组成员——组长徐平、副组长晏桃保", "办公室副主任", "办公室主任晏桃保")]
    [InlineData("郭立芳的上级是谁", Chinese, "领导小组办公室成员——办公室主任晏桃保、副主任刘斌", "综合协调组责任人")]
    [InlineData("晏桃保的上级", Chinese, "领导小组副组长——组长徐平")]
    [InlineData("徐平的上级是谁", Chinese, "最上一级")]
    [InlineData("陈振红的上级是谁", Chinese, "方案没有写出陈振红的上级")]
    [InlineData("许阳春归谁管", Chinese, "组长徐平")]
    [InlineData("周敬军向谁汇报", Chinese, "办公室主任晏桃保", "督查考核组责任人")]
    [InlineData("who is 刘斌's boss", English, "the office director 晏桃保", "the leader 徐平")]
    [InlineData("who does 王庶 report to", English, "the office director 晏桃保", "lead of 后勤保障组")]
    // Deputies.
    [InlineData("徐平的副手是谁", Chinese, "副组长晏桃保")]
    [InlineData("晏桃保的副手", Chinese, "办公室副主任刘斌（负责日常工作调度）", "本人是组长徐平的副手")]
    [InlineData("刘斌是谁的副手", Chinese, "本人是办公室主任晏桃保的副手")]
    [InlineData("who is 徐平's deputy", English, "deputy leader 晏桃保")]
    [InlineData("陈振红的副手", Chinese, "方案没有写陈振红的副手")]
    // Who else shares an item.
    [InlineData("谁和陈振红一起负责", Chinese, "宋伟（第4–7、24–26项）", "周敬军（第6、7项）", "特色加分项目")]
    [InlineData("和石勇一起负责的有谁", Chinese, "石勇负责的子项都由其本人单独负责")]
    [InlineData("周敬军的搭档", Chinese, "宋伟（第6、7项）", "郭立芳（推断）（第6、7项）")]
    [InlineData("雷方和谁共同负责", Chinese, "廖亚辉", "第22、23项", "宋衍（原文如此，疑为宋伟）")]
    [InlineData("who works with 汪珂吉", English, "郭立芳", "indicators 24–26")]
    [InlineData("宋伟的同事有哪些", Chinese, "陈振红", "郭立芳")]
    // Who leads the group a person belongs to.
    [InlineData("余海辉所在的组谁负责", Chinese, "文字材料宣传组——本人是责任人，同组责任人宋伟")]
    [InlineData("陈泉羽在哪个组", Chinese, "领导小组办公室——主任晏桃保，副主任刘斌")]
    [InlineData("许阳春的组长是谁", Chinese, "领导小组——组长徐平")]
    [InlineData("彭挺在哪个组", Chinese, "档案资料组——质安科是成员单位", "责任人郭立芳")]
    [InlineData("骆虎属于哪个组", Chinese, "档案资料组——法规科是成员单位")]
    [InlineData("which group is 王庶 in", English, "后勤保障组 — is its lead")]
    [InlineData("who leads 熊天翔's group", English, "the leading group's office — director 晏桃保")]
    // Topics in the working groups' tasks, the office's duties and the plan's prose.
    [InlineData("食堂谁负责", Chinese, "基础维护组的工作任务", "责任人宋伟")]
    [InlineData("荣誉室归谁管", Chinese, "基础维护组", "宋伟")]
    [InlineData("离退休人员活动室", Chinese, "基础维护组", "宋伟")]
    [InlineData("文明建设经费谁管", Chinese, "后勤保障组", "责任人王庶")]
    [InlineData("经费保障", Chinese, "后勤保障组", "王庶")]
    [InlineData("督查谁负责", Chinese, "督查考核组", "周敬军")]
    [InlineData("进度拖延要问责吗", Chinese, "督查考核组", "周敬军")]
    [InlineData("和省市文明办沟通协调", Chinese, "综合协调组", "郭立芳")]
    [InlineData("资料归档", Chinese, "档案资料组", "郭立芳")]
    [InlineData("宣传栏谁做", Chinese, "文字材料宣传组", "宋伟、余海辉")]
    [InlineData("微刊", Chinese, "文字材料宣传组")]
    [InlineData("监督落实", Chinese, "领导小组办公室设在机关党委", "监督落实", "主任晏桃保")]
    [InlineData("指导思想", Chinese, "指导思想：坚持以习近平新时代中国特色社会主义思想为指引")]
    [InlineData("表彰奖励", Chinese, "工作要求（二）全员参与，人人有责", "积极分子和先进典型进行表彰奖励")]
    [InlineData("追究责任", Chinese, "工作要求（四）强化督导，落实责任")]
    [InlineData("who runs the canteen", English, "基础维护组", "宋伟")]
    [InlineData("who handles the funds", English, "后勤保障组", "王庶")]
    [InlineData("who looks after the honour room", English, "基础维护组", "宋伟")]
    [InlineData("supervision", English, "督查考核组", "周敬军")]
    // Names typed slightly wrong.
    [InlineData("宋玮负责哪些", Chinese, "您是不是要找 宋伟、宋衍")]
    [InlineData("周敬君负责什么", Chinese, "您是不是要找 周敬军")]
    [InlineData("汪柯吉是谁", Chinese, "您是不是要找 汪珂吉")]
    [InlineData("郭立方", Chinese, "您是不是要找 郭立芳")]
    [InlineData("陈振宏负责哪些", Chinese, "您是不是要找 陈振红")]
    [InlineData("晏桃宝", Chinese, "您是不是要找 晏桃保")]
    [InlineData("廖亚晖", Chinese, "您是不是要找 廖亚辉")]
    [InlineData("what does 王恕 handle", English, "Did you mean 王庶")]
    [InlineData("汪 珂 吉负责哪些", Chinese, "汪珂吉", "第16项")]
    [InlineData("彭 挺", Chinese, "彭挺", "第31项")]
    [InlineData("宋\u200b伟负责哪些", Chinese, "宋伟", "第12项")]
    // One phase asked about comes first.
    [InlineData("第一阶段", Chinese, "宣传发动阶段：2023-07-01至2023-07-31（原文：2023年7月），已结束")]
    [InlineData("全面落实阶段", Chinese, "全面落实阶段：2023-08-01至2023-10-31（原文：2023年8月—2022年10月），正在进行，还有46天结束")]
    [InlineData("验收什么时候", Chinese, "测评验收阶段：2023-11-01至2023-11-10（原文：2023年11月上旬），还有47天开始")]
    [InlineData("when is phase 3", English, "Assessment and inspection (测评验收阶段): 2023-11-01 to 2023-11-10")]
    public void Answer_PlanQuestion_GivesWhatTheDocumentSays(string question, ReplyLanguage language, params string[] expected)
    {
        var reply = Answerer.Answer(question);

        Assert.Equal(language, reply.Language);
        Assert.All(expected, fragment => Assert.Contains(fragment, reply.Summary, StringComparison.Ordinal));
        Assert.Equal(AdaptiveCard.CurrentVersion, reply.Card.Version);
    }

    [Theory]
    [InlineData("第一阶段", "宣传发动阶段")]
    [InlineData("验收什么时候", "测评验收阶段")]
    [InlineData("phase 2", "Implementation (全面落实阶段)")]
    public void Answer_OnePhase_ComesFirstInTheSummaryAndTheCard(string question, string phase)
    {
        var reply = Answerer.Answer(question);

        Assert.StartsWith(phase, reply.Summary, StringComparison.Ordinal);
        Assert.Contains(phase, CardJson.ToElement(reply.Card).GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NearName_OffersButtonsThatAskForThePerson()
    {
        var card = CardJson.ToElement(Answerer.Answer("周敬君负责什么").Card);

        var asks = card.GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("data").GetProperty("text").GetString()).ToList();
        Assert.Contains("周敬军负责哪些", asks);
    }

    [Fact]
    public void Answer_Unknown_SuggestionsDependOnTheQuestion()
    {
        var weather = Suggestions("今天天气怎么样");
        var teacher = Suggestions("宋老师在哪里");

        Assert.NotEqual(weather, teacher);
        Assert.Contains("宋伟负责哪些", teacher);
        Assert.Equal("帮助", weather[^1]);
        Assert.Equal("帮助", teacher[^1]);
    }

    private static List<string?> Suggestions(string question)
    {
        var reply = Answerer.Answer(question);
        Assert.Contains("没有找到", reply.Summary, StringComparison.Ordinal);
        return [.. CardJson.ToElement(reply.Card).GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("data").GetProperty("text").GetString())];
    }
}
