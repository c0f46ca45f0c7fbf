using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.ReplyLanguage;

namespace CivilityBot.Tests.Knowledge;

public class QuestionAnswererTests
{
    private static readonly QuestionAnswerer Answerer = SeedCampaign.Answerer();

    [Theory]
    // Indicators by number, in every form.
    [InlineData("16", Chinese, "第16项", "团委 汪珂吉", "16.1")]
    [InlineData("第16项", Chinese, "第16项", "团委 汪珂吉", "材料审核")]
    [InlineData("16项", Chinese, "第16项", "汪珂吉")]
    [InlineData("第十六项", Chinese, "第16项", "汪珂吉")]
    [InlineData("16号", Chinese, "第16项", "汪珂吉")]
    [InlineData("16.1", Chinese, "第16项", "汪珂吉")]
    [InlineData("二十八", Chinese, "第28项", "机关党委 郭立芳")]
    [InlineData("第二十八项谁负责", Chinese, "第28项", "郭立芳")]
    [InlineData("第三十一项", Chinese, "第31项", "质安科 彭挺")]
    [InlineData("１６", Chinese, "第16项", "汪珂吉")]
    [InlineData("16谁负责", Chinese, "第16项", "汪珂吉")]
    [InlineData("十六是什么", Chinese, "第16项", "汪珂吉")]
    [InlineData("第16项有什么要求", Chinese, "16.1", "注册志愿者", "2分")]
    [InlineData("第8项", Chinese, "第8项", "问卷调查", "行政审批办 石勇", "机关纪委 周敬军")]
    [InlineData("item 16", English, "Indicator 16", "团委 汪珂吉")]
    [InlineData("#16", Chinese, "第16项", "汪珂吉")]
    [InlineData("No. 16", English, "Indicator 16", "汪珂吉")]
    [InlineData("indicator 16", English, "Indicator 16", "汪珂吉")]
    [InlineData("who is responsible for item 28", English, "Indicator 28", "机关党委 郭立芳")]
    [InlineData("who owns 16", English, "Indicator 16", "汪珂吉")]
    [InlineData("no.31", English, "Indicator 31", "彭挺")]
    [InlineData("item 12", English, "Indicator 12", "material review (材料审核)", "site inspection (实地考察)")]
    // Out of range and bad numbers.
    [InlineData("第32项", Chinese, "共有31项指标")]
    [InlineData("三十二", Chinese, "共有31项指标")]
    [InlineData("第0项", Chinese, "共有31项指标")]
    [InlineData("item 0", English, "There are 31 indicators")]
    [InlineData("123456789012345678901234567890", Chinese, "共有31项指标")]
    [InlineData("item 99999999999999999999999999999999", English, "There are 31 indicators")]
    [InlineData("category 10", English, "There are 9 categories")]
    // Topics.
    [InlineData("垃圾分类谁负责", Chinese, "第12项", "办公室 宋伟")]
    [InlineData("志愿者注册比例谁来抓", Chinese, "第16项", "团委 汪珂吉")]
    [InlineData("无烟单位谁负责", Chinese, "第13项", "宋伟")]
    [InlineData("全民阅读", Chinese, "第18项", "工会 陈振红")]
    [InlineData("黄赌毒", Chinese, "第29项", "供排水科 方言")]
    [InlineData("冷硬拖卡", Chinese, "第8项")]
    [InlineData("困难职工帮扶", Chinese, "第31项", "彭挺")]
    [InlineData("扫黄打非谁负责", Chinese, "可能相关", "第3项", "第29项")]
    [InlineData("who handles garbage sorting", English, "Indicator 12", "办公室 宋伟")]
    [InlineData("who handles volunteers", English, "Indicator 16", "汪珂吉")]
    [InlineData("smoking", English, "Indicator 13")]
    [InlineData("who is in charge of the rule of law education", English, "Indicator 20", "法规科 骆虎")]
    [InlineData("one-stop service", English, "Indicator 9")]
    // People.
    [InlineData("宋伟负责哪些", Chinese, "宋伟", "办公室", "第12项", "文字材料宣传组责任人", "特色加分项目")]
    [InlineData("宋 伟负责哪些", Chinese, "宋伟", "第12项")]
    [InlineData("what does 宋伟 handle", English, "宋伟", "Owns 17 indicator(s)", "12 Epidemic prevention")]
    [InlineData("汪珂吉", Chinese, "团委", "第16项", "活动策划组责任人")]
    [InlineData("周敬军负责什么", Chinese, "机关纪委", "督查考核组责任人", "第14项")]
    [InlineData("徐平", Chinese, "领导小组组长", "不直接负责测评指标")]
    [InlineData("石勇负责哪些", Chinese, "行政审批办", "第8项", "第10项", "第11项")]
    [InlineData("雷方", Chinese, "住保中心", "第22项")]
    // Departments.
    [InlineData("办公室负责哪些", Chinese, "办公室负责17项指标", "第12项", "宋伟")]
    [InlineData("团委负责哪些", Chinese, "第16项", "汪珂吉")]
    [InlineData("纪委负责哪些", Chinese, "机关纪委", "第9项", "周敬军")]
    [InlineData("政策法规科", Chinese, "法规科（又写作政策法规科）负责1项指标", "第20项", "骆虎")]
    [InlineData("what does the trade union handle", English, "工会 owns 9 indicator(s)", "陈振红")]
    // Working groups and leadership.
    [InlineData("督查考核组", Chinese, "督查考核组", "周敬军", "督查考核制度")]
    [InlineData("文字材料宣传组的任务", Chinese, "宋伟、余海辉", "宣传")]
    [InlineData("工作组有哪些", Chinese, "综合协调组（郭立芳）", "后勤保障组（王庶）")]
    [InlineData("who leads the logistics group", English, "后勤保障组", "王庶")]
    [InlineData("组长是谁", Chinese, "组长：徐平")]
    [InlineData("副组长是谁", Chinese, "副组长：晏桃保")]
    [InlineData("办公室主任是谁", Chinese, "办公室主任：晏桃保")]
    [InlineData("谁负责日常工作调度", Chinese, "副主任：刘斌", "日常工作调度")]
    [InlineData("who is the leader", English, "Leader (组长): 徐平")]
    [InlineData("who is the deputy director", English, "刘斌")]
    [InlineData("领导小组成员", Chinese, "许阳春", "谌国华")]
    // Phases and dates (the clock reads 2023-09-15).
    [InlineData("验收什么时候", Chinese, "测评验收阶段：2023-11-01至2023-11-10")]
    [InlineData("when is the inspection", English, "2023-11-01 to 2023-11-10")]
    [InlineData("现在是什么阶段", Chinese, "正处于全面落实阶段", "2023-10-31结束")]
    [InlineData("第2阶段", Chinese, "全面落实阶段：2023-08-01至2023-10-31")]
    [InlineData("phase 1", English, "2023-07-01 to 2023-07-31")]
    [InlineData("deadline", English, "In the Implementation (全面落实阶段) phase", "46 days left")]
    // Categories, points, methods, bonus.
    [InlineData("文明风尚行动多少分", Chinese, "第5类 文明风尚行动：16分", "第11–16项")]
    [InlineData("category 5 points", English, "Category 5", "16 points", "indicators 11–16")]
    [InlineData("第1类", Chinese, "标注12分，子项合计10分")]
    [InlineData("文化涵育多少分", Chinese, "子项合计12分（原表未标注）")]
    [InlineData("党风廉政建设", Chinese, "第3类", "第6、7项")]
    [InlineData("总分", Chinese, "共9类、31项指标", "子项合计94分")]
    [InlineData("哪些指标要问卷调查", Chinese, "问卷调查", "第8项")]
    [InlineData("哪些指标要实地考察", Chinese, "共13项", "第4–7")]
    [InlineData("which indicators need a site inspection", English, "13 indicator(s)", "site inspection (实地考察)")]
    [InlineData("加分", Chinese, "特色加分项目", "最多加10分", "工会 陈振红")]
    [InlineData("bonus points", English, "+2 per national honour", "at most 10")]
    // Help, greetings, data check and anything else.
    [InlineData("帮助", Chinese, "可以这样问", "垃圾分类谁负责")]
    [InlineData("help", English, "You can ask", "item 16")]
    [InlineData("？", Chinese, "可以这样问")]
    [InlineData("你好", Chinese, "文明创建助手", "31项测评指标")]
    [InlineData("数据检查", Chinese, "标注12分，但各子项合计10分")]
    [InlineData("data check", English, "declares 12 points but its sub-criteria add up to 10")]
    [InlineData("今天天气怎么样", Chinese, "没有找到", "您是不是想问")]
    [InlineData("asdfgh", English, "Did you mean", "item 16")]
    [InlineData("文明", Chinese, "没有找到", "第")]
    public void Answer_Question_NamesTheExpectedAnswer(string question, ReplyLanguage language, params string[] expected)
    {
        var reply = Answerer.Answer(question);

        Assert.Equal(language, reply.Language);
        Assert.All(expected, fragment => Assert.Contains(fragment, reply.Summary, StringComparison.Ordinal));
        Assert.Equal(AdaptiveCard.CurrentVersion, reply.Card.Version);
    }

    [Theory]
    [InlineData("第16项", "团委", "汪珂吉")]
    [InlineData("垃圾分类谁负责", "办公室", "宋伟")]
    public void Answer_Indicator_CardShowsOwnersAsFacts(string question, string department, string person)
    {
        var card = CardJson.ToElement(Answerer.Answer(question).Card);

        var facts = card.GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "FactSet")
            .SelectMany(element => element.GetProperty("facts").EnumerateArray())
            .Select(fact => (fact.GetProperty("title").GetString(), fact.GetProperty("value").GetString()));
        Assert.Contains((department, person), facts);
    }

    [Fact]
    public void Answer_Suggestions_AskTheirQuestionWhenPressed()
    {
        var card = CardJson.ToElement(Answerer.Answer("今天天气怎么样").Card);

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.InRange(actions.Count, 2, 5);
        Assert.All(actions, action => Assert.Equal("Action.Submit", action.GetProperty("type").GetString()));
        Assert.Contains(actions, action => action.GetProperty("data").GetProperty("text").GetString() == "帮助");
    }

    [Fact]
    public void Answer_SmallerCampaign_OutOfRangeUsesItsCount()
    {
        var json = SeedCampaign.Json();
        json["indicators"]!.AsArray().RemoveAt(30);
        var answerer = SeedCampaign.Answerer(campaign: CampaignLoader.Parse(json.ToJsonString()));

        Assert.Contains("共有30项指标", answerer.Answer("第31项").Summary, StringComparison.Ordinal);
        Assert.Contains("There are 30 indicators", answerer.Answer("item 31").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LocalDateInChina_DecidesThePhase()
    {
        // 17:00 UTC on 31 October is already 1 November in Yueyang.
        var answerer = SeedCampaign.Answerer(new DateTimeOffset(2023, 10, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Contains("正处于测评验收阶段", answerer.Answer("现在是什么阶段").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AfterTheCampaign_SaysItIsOver()
    {
        var answerer = SeedCampaign.Answerer(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains("已于2023-11-10结束", answerer.Answer("什么时候").Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001")]
    [InlineData("😀😀😀")]
    [InlineData("第")]
    [InlineData("item")]
    [InlineData("第-1项")]
    [InlineData("第1.5项")]
    [InlineData("category")]
    [InlineData("<script>alert(1)</script>")]
    public void Answer_OddInput_StillAnswers(string question)
    {
        var reply = Answerer.Answer(question);

        Assert.False(string.IsNullOrWhiteSpace(reply.Summary));
        Assert.NotEmpty(reply.Card.Body);
    }

    [Fact]
    public void Answer_VeryLongInput_StillAnswers()
    {
        var reply = Answerer.Answer(string.Concat(Enumerable.Repeat("垃圾分类", 5000)));

        Assert.Contains("第12项", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpWelcomeAndDataCheck_ComeInBothLanguages()
    {
        Assert.Contains("可以这样问", Answerer.Help(Chinese).Summary, StringComparison.Ordinal);
        Assert.Contains("You can ask", Answerer.Help(English).Summary, StringComparison.Ordinal);
        Assert.Contains("岳建函〔2023〕50号", Answerer.Welcome(Chinese).Summary, StringComparison.Ordinal);
        Assert.Equal(English, Answerer.Welcome(English).Language);
        Assert.Contains("标注12分", Answerer.DataCheckReply(Chinese).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_EveryReplyCard_StaysWellUnderTeamsSizeLimit()
    {
        var questions = SeedCampaign.Campaign.Roster.Select(person => person.Name)
            .Concat(SeedCampaign.Campaign.Departments.Select(department => $"{department}负责哪些"))
            .Concat(Enumerable.Range(1, 31).Select(number => $"第{number}项"))
            .Concat(SeedCampaign.Campaign.Roster.SelectMany(person => new[] { $"{person.Name}的上级是谁", $"谁和{person.Name}一起负责", $"{person.Name}所在的组谁负责" }))
            .Concat(SeedCampaign.Campaign.PlanSections.Select(section => section.Title))
            .Concat(["总分", "材料审核", "数据检查", "data check", "帮助", "help", "领导小组", "验收什么时候", "工作组", "食堂", "监督落实", "宋玮"]);

        Assert.All(questions, question => Assert.InRange(CardJson.Utf16Size(Answerer.Answer(question).Card), 1, 40 * 1024));
    }
}
