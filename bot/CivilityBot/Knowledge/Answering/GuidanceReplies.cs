using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Help, welcome, "did you mean", out-of-range numbers and the data check.</summary>
internal sealed class GuidanceReplies(Campaign campaign, DataCheck dataCheck, GuidanceExamples examples)
{
    public KnowledgeReply Help(ReplyLanguage language)
    {
        var model = new InfoCardModel(
            Pick(language, "可以这样问我", "What you can ask"),
            [],
            [new InfoSection(Pick(language, "点击示例直接提问", "Tap an example to ask it"), [.. examples.Lines(language)])],
            [])
        {
            Text = Pick(language, "中文或英文都可以。", "Ask in Chinese or English."),
            Footnote = Pick(language,
                "协调人可在对话中更正计划（更换责任人、科室改名、阶段日期、确认读法），先预览、确认后生效、可撤销：发送“更正帮助”。新一轮复查：“开始新一轮 2026-03-01 2026-06-30”或“导入任务分解表”；往届台账：“查看轮次”。",
                "Coordinators can correct the plan in chat (owners, department names, phase dates, readings): send \"更正帮助\". A new round: \"start new round 2026-03-01 2026-06-30\" or \"import task table\"; past rounds: \"rounds\"."),
        };
        var summary = Pick(language, "可以这样问：", "You can ask: ") + List(language, examples.Lines(language).Select(line => line.AskText!));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    public KnowledgeReply Welcome(ReplyLanguage language)
    {
        var document = campaign.Document;
        var intro = Pick(language,
            $"您好！我是文明创建助手，熟悉《{document.PlanTitle ?? document.Title}》（{document.Number}）：{campaign.Indicators.Count}项测评指标的考评标准、分值、考评方式、责任科室和责任人，以及工作组和各阶段时间。",
            $"Hello! I know the plan {document.Number} ({document.PlanTitle ?? document.Title}): its {campaign.Indicators.Count} indicators with requirements, points, evaluation methods and owners, the working groups and the phase dates.");
        var model = new InfoCardModel(Pick(language, "文明创建助手", "Civility assistant"), [], [], [.. examples.Suggestions(language)])
        {
            Text = intro,
            Footnote = Pick(language, "输入“帮助”查看更多问法。", "Type \"help\" for more examples."),
        };
        return new KnowledgeReply(intro, AnswerCards.Info(model), language);
    }

    /// <summary>"Did you mean" with <paramref name="suggestions"/> computed from the question.</summary>
    public KnowledgeReply Unknown(string question, IReadOnlyList<Suggestion> suggestions, ReplyLanguage language)
    {
        var shown = question.Length > 40 ? question[..40] + "…" : question;
        var text = Pick(language, $"没有找到与“{shown}”对应的内容。您是不是想问：", $"I could not find an answer to \"{shown}\". Did you mean:");
        var model = new InfoCardModel(Pick(language, "没找到答案", "No answer found"), [], [],
            [.. suggestions.Take(AnswerActions.MaxSuggestions)])
        {
            Text = text,
            Footnote = Pick(language, "输入“帮助”查看全部问法。", "Type \"help\" to see everything I can answer."),
        };
        var summary = text + Pick(language, string.Empty, " ") + List(language, model.Suggestions.Select(suggestion => suggestion.Text));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    /// <summary>A name typed one character wrong: "您是不是要找 宋伟、宋衍？" with a button per roster name.</summary>
    public KnowledgeReply NearPerson(IReadOnlyList<string> names, ReplyLanguage language)
    {
        var text = Pick(language, $"名单里没有这个名字。您是不是要找 {List(language, names)}？", $"No one on the roster has that name. Did you mean {List(language, names)}?");
        var lines = names.Select(name => campaign.FindPerson(name)!).Select(person => new InfoLine(
            person.Name,
            List(language, person.Departments.Concat(person.Roles).DefaultIfEmpty(Pick(language, "责任人", "owner"))),
            Pick(language, $"{person.Name}负责哪些", $"what does {person.Name} handle"))).ToList();
        var model = new InfoCardModel(Pick(language, "您是不是要找", "Did you mean"), [], [new InfoSection(Pick(language, "名单中相近的名字", "Nearest names on the roster"), lines)],
            [.. names.Select(name => AskPerson(language, name)), Ask(Pick(language, "帮助", "help"))])
        {
            Text = text,
        };
        return new KnowledgeReply(text, AnswerCards.Info(model), language);
    }

    public KnowledgeReply OutOfRange(bool category, ReplyLanguage language)
    {
        var text = category
            ? Pick(language, $"共有{campaign.Categories.Count}类，编号为1–{campaign.Categories.Count}。", $"There are {campaign.Categories.Count} categories, numbered 1 to {campaign.Categories.Count}.")
            : Pick(language, $"共有{campaign.Indicators.Count}项指标，编号为1–{campaign.Indicators.Count}。", $"There are {campaign.Indicators.Count} indicators, numbered 1 to {campaign.Indicators.Count}.");
        var model = new InfoCardModel(Pick(language, "没有这个编号", "No such number"), [], [],
            [AskIndicatorButton(language, 1), AskIndicatorButton(language, campaign.Indicators.Count), Ask(Pick(language, "各类别分值", "points by category"))])
        {
            Text = text,
        };
        return new KnowledgeReply(text, AnswerCards.Info(model), language);
    }

    public KnowledgeReply DataCheck(ReplyLanguage language)
    {
        var findings = dataCheck.Findings;
        var lines = findings.Select(finding => new InfoLine(Pick(language, finding.Chinese, finding.English))).ToList();
        var model = new InfoCardModel(
            Pick(language, "数据检查", "Data check"),
            [new(Pick(language, "发现", "Findings"), findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new(Pick(language, "数据整理说明", "Reading notes"), campaign.Notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [new InfoSection(Pick(language, "请协调人核对", "For a coordinator to confirm"), lines)],
            [])
        {
            Text = findings.Count == 0 ? Pick(language, "没有发现不一致。", "No inconsistencies found.") : null,
            Footnote = Pick(language, "数据整理时的读取决定记录在数据文件的 notes 中。", "Reading decisions are recorded in the data file's notes."),
        };
        var summary = Pick(language, $"数据检查发现{findings.Count}处需要核对：", $"Data check: {findings.Count} finding(s). ")
            + string.Join(" ", findings.Select(finding => Pick(language, finding.Chinese, finding.English)));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }
}
