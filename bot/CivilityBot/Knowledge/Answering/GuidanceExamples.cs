using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Example questions for help and "did you mean", taken from the loaded campaign (its busiest owner, a real group, a
/// topic the index finds) so they keep working when next year's data replaces this year's.
/// </summary>
internal sealed class GuidanceExamples
{
    private static readonly (string Chinese, string English)[] TopicCandidates =
        [("垃圾分类", "garbage sorting"), ("志愿者注册", "volunteers"), ("无烟单位", "smoking"), ("全民阅读", "reading")];

    private readonly InfoLine[] _chinese;
    private readonly InfoLine[] _english;

    public GuidanceExamples(Campaign campaign, TopicIndex topics)
    {
        var indicator = campaign.FindIndicator(16) ?? campaign.Indicators[campaign.Indicators.Count / 2];
        var busiest = campaign.Indicators.SelectMany(item => item.Owners).GroupBy(owner => owner.Person)
            .OrderByDescending(group => group.Count()).First();
        var department = busiest.First().Department;
        var topic = TopicCandidates.FirstOrDefault(candidate =>
            topics.Search(candidate.Chinese) is [var best, ..] && best.Score >= TopicIndex.MinimumScore);
        var group = campaign.WorkingGroups.Count > 0 ? campaign.WorkingGroups[^1].Name : null;
        var category = campaign.Categories.MaxBy(item => campaign.IndicatorsIn(item).Count)!;
        var method = campaign.Indicators.SelectMany(item => item.Methods).Contains("问卷调查") ? "问卷调查" : campaign.Indicators[0].Methods[0];
        var deputy = campaign.Office.DeputyDirectors.Count > 0 ? campaign.Office.DeputyDirectors[0] : campaign.Office.Director;

        _chinese = [.. Lines(
            ($"第{indicator.Number}项", "按编号查指标：考评标准、分值、考评方式、责任人"),
            (topic.Chinese is null ? null : $"{topic.Chinese}谁负责", "按关键词找指标"),
            ($"{busiest.Key}负责哪些", "某人负责的指标和角色"),
            ($"{department}负责哪些", "某科室负责的指标"),
            ($"{deputy}的上级是谁", "人和人的关系：上级、副手、同组、共同负责"),
            (group, "工作组的责任人和工作任务"),
            ("组长是谁", "领导小组和办公室"),
            ($"{category.Name}多少分", "类别分值和所含指标"),
            ($"哪些指标要{method}", "按考评方式查指标"),
            (campaign.BonusRule is null ? null : "加分", "特色加分项目"),
            ("验收什么时候", "各阶段和日期"),
            ("数据检查", "给协调人：数据中需要核对的地方"))];
        _english = [.. Lines(
            ($"item {indicator.Number}", "an indicator by number: requirements, points, evaluation, owners"),
            (topic.English is null ? null : $"who handles {topic.English}", "find indicators by topic"),
            ($"what does {busiest.Key} handle", "a person's indicators and roles"),
            ($"what does {department} handle", "a department's indicators"),
            ($"who is {deputy}'s superior", "relations: superior, deputy, group, shared items"),
            (group, "a working group's lead and tasks"),
            ("who is the leader", "the leading group and its office"),
            ($"category {category.Number} points", "a category's points and indicators"),
            ($"which indicators use {EnglishTerms.Method(method).Split(' ')[0]}", "indicators by evaluation method"),
            (campaign.BonusRule is null ? null : "bonus points", "the bonus rule"),
            ("when is the inspection", "phases and dates"),
            ("data check", "for coordinators: what in the data needs confirming"))];
    }

    public IReadOnlyList<InfoLine> Lines(ReplyLanguage language) => language == ReplyLanguage.Chinese ? _chinese : _english;

    /// <summary>A few examples as buttons: by number, by topic, by person, plus help.</summary>
    public IEnumerable<Suggestion> Suggestions(ReplyLanguage language) =>
        Lines(language).Take(3).Select(line => Ask(line.AskText!)).Append(Ask(Pick(language, "帮助", "help")));

    private static IEnumerable<InfoLine> Lines(params (string? Ask, string Description)[] examples) =>
        examples.Where(example => example.Ask is not null).Select(example => new InfoLine(example.Ask!, example.Description, example.Ask));
}
